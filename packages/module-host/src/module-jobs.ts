import type { AppClient } from '@civitas/db';
import { type JobHandler, handler } from '@civitas/jobs';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { moduleLifecycleHandler } from './lifecycle-job.ts';
import type { ModuleSetCache } from './module-set-cache.ts';

/**
 * Every job handler the modules contribute, plus the lifecycle runner. A module's own job does
 * nothing for a city where the module is no longer active (it was switched off after enqueuing).
 */
export function moduleJobHandlers(db: AppClient, registry: ModuleRegistry, cache: ModuleSetCache): JobHandler<any>[] {
  const own = registry.list.flatMap((definition) =>
    (definition.jobs?.({ db }) ?? []).map(({ definition: job, handle }) =>
      handler(job, async (payload, bullJob) => {
        const active = (await cache.get(payload.tenantId)).has(definition.id);
        if (!active) return { skipped: 'module not active for this city' };
        return handle(payload, bullJob);
      }),
    ),
  );
  return [moduleLifecycleHandler(db, registry), ...own];
}
