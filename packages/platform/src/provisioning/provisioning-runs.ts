import type { PlatformClient, Prisma } from '@civitas/db';
import type { Redis } from 'ioredis';
import { PROVISIONING_STEPS, type ProvisioningStep, type ProvisionRequest } from './provision-request.ts';

export interface StepState {
  name: ProvisioningStep;
  status: 'pending' | 'running' | 'done' | 'failed';
  error?: string;
  startedAt?: string;
  finishedAt?: string;
}

export const progressChannel = (prefix: string, runId: string) => `${prefix}:provisioning:${runId}`;

export async function createRun(platformDb: PlatformClient, request: ProvisionRequest, createdBy: string) {
  const steps: StepState[] = PROVISIONING_STEPS.map((name) => ({ name, status: 'pending' }));
  return platformDb.provisioningRun.create({
    data: { slug: request.slug, request: request as unknown as Prisma.InputJsonValue, steps: steps as unknown as Prisma.InputJsonValue, createdBy },
  });
}

export async function findRun(platformDb: PlatformClient, id: string) {
  return platformDb.provisioningRun.findFirst({ where: { id } });
}

export async function listRecentRuns(platformDb: PlatformClient) {
  return platformDb.provisioningRun.findMany({ where: { slug: { not: '' } }, orderBy: { createdAt: 'desc' }, take: 20 });
}

/**
 * Records a step's state and tells every listener (the console's progress bar) at once. The row is
 * the truth; the Redis message only says "look again".
 */
export async function updateStep(
  deps: { platformDb: PlatformClient; redis: Redis; prefix: string },
  runId: string,
  name: ProvisioningStep,
  change: Partial<StepState>,
  run?: Partial<{ status: 'running' | 'failed' | 'succeeded'; error: string | null; subjectTenantId: string; finishedAt: Date | null }>,
) {
  await deps.platformDb.$transaction(async (tx) => {
    const current = await tx.provisioningRun.findFirst({ where: { id: runId } });
    if (!current) return;
    const steps = (current.steps as unknown as StepState[]).map((s) => (s.name === name ? { ...s, ...change } : s));
    await tx.provisioningRun.update({ where: { id: runId }, data: { steps: steps as unknown as Prisma.InputJsonValue, ...run } });
  });
  await deps.redis.publish(progressChannel(deps.prefix, runId), name);
}

/** Every finished run's duration and outcome, for the provisioning histogram. */
export async function finishedProvisioningRuns(platformDb: PlatformClient) {
  const runs = await platformDb.provisioningRun.findMany({
    where: { finishedAt: { not: null }, status: { in: ['succeeded', 'failed'] } },
    select: { createdAt: true, finishedAt: true, status: true },
  });
  return runs.map((r) => ({ seconds: (r.finishedAt!.getTime() - r.createdAt.getTime()) / 1000, outcome: r.status as 'succeeded' | 'failed' }));
}
