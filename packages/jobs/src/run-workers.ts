import { withTenant } from '@civitas/db';
import { type Job, MetricsTime, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { JobDefinition } from './define-job.ts';
import { redisForWaiting } from './redis-for-waiting.ts';

export interface JobHandler<P extends { tenantId: string }> {
  definition: JobDefinition<P>;
  handle: (payload: P, job: Job) => Promise<unknown>;
}

export const handler = <P extends { tenantId: string }>(
  definition: JobDefinition<P>,
  handle: (payload: P, job: Job) => Promise<unknown>,
): JobHandler<P> => ({ definition, handle });

/**
 * Consumer side: one BullMQ worker per job kind. Each job's payload is validated again and the
 * handler runs inside the job's tenant scope, so row-level security applies to its queries.
 */
export function runWorkers(
  handlers: JobHandler<never>[] | JobHandler<any>[],
  options: { connection: Redis; prefix: string; concurrency?: number },
): Worker[] {
  return (handlers as JobHandler<{ tenantId: string }>[]).map(
    ({ definition, handle }) =>
      new Worker(
        definition.name,
        async (job) => {
          const payload = definition.payload.parse(job.data);
          return withTenant(payload.tenantId, () => handle(payload, job));
        },
        {
          connection: redisForWaiting(options.connection),
          prefix: `${options.prefix}:bull`,
          concurrency: options.concurrency ?? 5,
          // Keeps BullMQ's failure counts in Redis, which /metrics reads.
          metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
        },
      ),
  );
}

/** Graceful stop: waits for jobs in progress, then closes connections. */
export async function closeWorkers(workers: Worker[]): Promise<void> {
  await Promise.all(workers.map((w) => w.close()));
}
