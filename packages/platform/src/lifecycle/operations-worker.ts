import { redisForWaiting } from '@civitas/jobs';
import type { PlatformClient } from '@civitas/db';
import type { HostResolver } from '@civitas/tenancy';
import { type Job, MetricsTime, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import { runCityDeletion } from './city-deletion.ts';
import { runCityExport } from './city-export.ts';
import { OPERATIONS_QUEUE } from './operations-queue.ts';

/** Runs city exports and deletions; a job that fails for good leaves its record "failed" with the error. */
export function runOperationsWorker(deps: { platformDb: PlatformClient; pool: pg.Pool; redis: Redis; prefix: string; resolver: HostResolver }) {
  return new Worker<{ id: string }>(
    OPERATIONS_QUEUE,
    async (job: Job<{ id: string }>) => {
      try {
        if (job.name === 'export') await runCityExport(deps, job.data.id);
        else if (job.name === 'delete') await runCityDeletion(deps, job.data.id);
      } catch (error) {
        if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
          const data = { status: 'failed' as const, error: error instanceof Error ? error.message : String(error), finishedAt: new Date() };
          if (job.name === 'export') await deps.platformDb.cityExport.update({ where: { id: job.data.id }, data });
          else await deps.platformDb.cityDeletion.update({ where: { id: job.data.id }, data });
        }
        throw error;
      }
    },
    { connection: redisForWaiting(deps.redis), prefix: `${deps.prefix}:bull`, concurrency: 1, metrics: { maxDataPoints: MetricsTime.ONE_WEEK } },
  );
}
