import { redisForWaiting } from '@civitas/jobs';
import { recordOperatorAudit } from '@civitas/audit';
import type { PlatformClient } from '@civitas/db';
import { type FlowJob, FlowProducer, type Job, MetricsTime, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { PROVISIONING_STEPS, type ProvisioningStep, type ProvisionRequest } from './provision-request.ts';
import { findRun, type StepState, updateStep } from './provisioning-runs.ts';
import { type ProvisioningDeps, provisioningSteps } from './provisioning-steps.ts';

export const PROVISIONING_QUEUE = 'platform.provisioning';
const ATTEMPTS = 3;

interface StepJob {
  runId: string;
  step: ProvisioningStep;
  attempt: number;
}

/**
 * Adds the run's steps as one BullMQ flow. A flow runs children before their parent, so the chain
 * is nested with the first step deepest. Job ids carry the run's attempt: a retry is a new flow,
 * and adding the same attempt twice adds nothing.
 */
export async function addProvisioningFlow(connection: Redis, prefix: string, runId: string, attempt: number) {
  const flow = new FlowProducer({ connection, prefix: `${prefix}:bull` });
  try {
    let node: FlowJob | undefined;
    for (const step of PROVISIONING_STEPS) {
      const data: StepJob = { runId, step, attempt };
      node = {
        name: step,
        queueName: PROVISIONING_QUEUE,
        data,
        opts: {
          jobId: `provision.${runId}.${attempt}.${step}`,
          attempts: ATTEMPTS,
          backoff: { type: 'exponential', delay: 500 },
          failParentOnFailure: true,
          removeOnComplete: { age: 24 * 3600 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
        ...(node ? { children: [node] } : {}),
      };
    }
    await flow.add(node!);
  } finally {
    await flow.close();
  }
}

/** The worker side: one step per job; a step already done in this run is not done again. */
export function runProvisioningWorker(
  deps: ProvisioningDeps & { redis: Redis; onFinished?: (seconds: number, outcome: 'succeeded' | 'failed') => void },
  options: { prefix: string; lockDurationMs?: number },
) {
  const progress = { platformDb: deps.platformDb, redis: deps.redis, prefix: options.prefix };
  return new Worker<StepJob>(
    PROVISIONING_QUEUE,
    async (job: Job<StepJob>) => {
      const { runId, step } = job.data;
      const run = await findRun(deps.platformDb, runId);
      if (!run) return { skipped: 'no such run' };
      const state = (run.steps as unknown as StepState[]).find((s) => s.name === step);
      if (state?.status === 'done') return { skipped: 'done before' };
      await updateStep(progress, runId, step, { status: 'running', startedAt: new Date().toISOString(), error: undefined }, { status: 'running', error: null });
      try {
        const result = await provisioningSteps[step](deps, {
          runId,
          request: run.request as unknown as ProvisionRequest,
          tenantId: run.subjectTenantId,
          operator: run.createdBy,
        });
        const last = step === PROVISIONING_STEPS[PROVISIONING_STEPS.length - 1];
        await updateStep(progress, runId, step, { status: 'done', finishedAt: new Date().toISOString() }, {
          ...(result.tenantId ? { subjectTenantId: result.tenantId } : {}),
          ...(last ? { status: 'succeeded', finishedAt: new Date() } : {}),
        });
        if (last) deps.onFinished?.((Date.now() - run.createdAt.getTime()) / 1000, 'succeeded');
        return { done: step };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        await updateStep(
          progress,
          runId,
          step,
          { status: final ? 'failed' : 'running', error: message },
          final ? { status: 'failed', error: `${step}: ${message}`, finishedAt: new Date() } : undefined,
        );
        if (final) deps.onFinished?.((Date.now() - run.createdAt.getTime()) / 1000, 'failed');
        throw error;
      }
    },
    {
      connection: redisForWaiting(deps.redis),
      prefix: `${options.prefix}:bull`,
      concurrency: 4,
      // Keeps BullMQ's failure counts in Redis, which /metrics reads.
      metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
      // A worker killed mid-step loses its lock; another picks the step up after this long.
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.lockDurationMs ?? 30_000,
    },
  );
}

/** Starts a failed run again from its failed step: earlier steps are done and stay done. */
export async function retryProvisioning(platformDb: PlatformClient, connection: Redis, prefix: string, runId: string, operator = 'operator') {
  const run = await findRun(platformDb, runId);
  if (!run) return null;
  if (run.status !== 'failed') return run;
  const steps = (run.steps as unknown as StepState[]).map((s) => (s.status === 'done' ? s : { name: s.name, status: 'pending' as const }));
  const updated = await platformDb.provisioningRun.update({
    where: { id: runId },
    data: { status: 'running', error: null, finishedAt: null, attempt: { increment: 1 }, steps: steps as never },
  });
  await recordOperatorAudit(platformDb, { operatorId: null, actorLabel: operator, action: 'city.provisioning_retried', subjectTenantId: run.subjectTenantId, after: { runId, attempt: updated.attempt } });
  await addProvisioningFlow(connection, prefix, runId, updated.attempt);
  return updated;
}
