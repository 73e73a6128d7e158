import type { AppClient, PlatformClient } from '@civitas/db';
import { defineJob, handler, type JobQueues } from '@civitas/jobs';
import type { ModuleRegistry, SweepContext } from '@civitas/module-sdk';
import { z } from 'zod';
import type { ModuleSetCache } from './module-set-cache.ts';
import { findTenantModule } from './module-state-repository.ts';

/** How often every city's modules are swept, unless configured otherwise. */
export const SWEEP_INTERVAL_MS = 60_000;

/** One sweep of one module for one city per interval: every worker may enqueue it, it runs once. */
export const moduleSweepJob = defineJob({
  name: 'modules.sweep',
  payload: z.object({ tenantId: z.uuid(), moduleId: z.string().min(1).max(40), window: z.number().int() }),
  jobId: (p) => `modules.sweep.${p.tenantId}.${p.moduleId}.${p.window}`,
  // The next interval's sweep is the retry.
  attempts: 1,
});

/**
 * Enqueues this interval's sweep for every active city and every module it has on that declares a
 * sweep. Called on a timer held by each worker process (not a Redis schedule, which a Redis restart
 * would lose); the job id names the interval, so several workers enqueue each sweep once.
 */
export async function enqueueSweeps(deps: { platformDb: PlatformClient; registry: ModuleRegistry; jobs: JobQueues }, now: number, intervalMs = SWEEP_INTERVAL_MS) {
  const swept = deps.registry.list.filter((m) => m.sweep).map((m) => m.id);
  if (swept.length === 0) return 0;
  const rows = await deps.platformDb.tenantModule.findMany({
    where: { enabled: true, moduleId: { in: swept }, tenant: { status: 'active' } },
    select: { tenantId: true, moduleId: true },
  });
  const window = Math.floor(now / intervalMs);
  await Promise.all(rows.map((row) => deps.jobs.enqueue(moduleSweepJob, { ...row, window })));
  return rows.length;
}

type SweptCity = SweepContext<unknown>['city'];

/**
 * Runs a module's sweep for one city, in its scope, with its settings. Does nothing when the module
 * is no longer on there or the city is not active; jobs the sweep enqueues must be for this city.
 */
export const moduleSweepHandler = (deps: { db: AppClient; registry: ModuleRegistry; cache: ModuleSetCache; jobs: JobQueues; cityOf: (tenantId: string) => Promise<(SweptCity & { status: string }) | null> }) =>
  handler(moduleSweepJob, async (p) => {
    const sweep = deps.registry.get(p.moduleId)?.sweep;
    if (!sweep || !(await deps.cache.get(p.tenantId)).has(p.moduleId)) return { skipped: 'module not active for this city' };
    const city = await deps.cityOf(p.tenantId);
    if (!city || city.status !== 'active') return { skipped: 'city not active' };
    const row = await findTenantModule(deps.db, p.moduleId);
    const settings = deps.registry.get(p.moduleId)!.settings.parse(row?.settings ?? {});
    const { status: _status, ...swept } = city;
    await sweep({
      db: deps.db,
      tenantId: p.tenantId,
      city: swept,
      settings,
      now: new Date(),
      enqueue: async (job, payload, options) => {
        if (payload.tenantId !== p.tenantId) throw new Error(`A sweep of ${p.moduleId} may only enqueue jobs for its own city`);
        return deps.jobs.enqueue(job, payload, options);
      },
    });
    return { swept: true };
  });
