import { defineJob, handler } from '@civitas/jobs';
import type { AppClient } from '@civitas/db';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { z } from 'zod';
import { findTenantModule } from './module-state-repository.ts';

export const moduleLifecycleJob = defineJob({
  name: 'modules.lifecycle',
  payload: z.object({
    tenantId: z.uuid(),
    moduleId: z.string(),
    hook: z.enum(['onEnable', 'onDisable', 'onUpgrade']),
    /** The module row's generation at the change: one change, one job, however often it is enqueued or retried. */
    generation: z.number().int(),
    fromVersion: z.string().optional(),
  }),
  jobId: (p) => `lifecycle.${p.tenantId}.${p.moduleId}.${p.hook}.${p.generation}`,
});

/**
 * Runs a module's lifecycle hook for one city, in that city's scope. A job that arrives after the
 * city changed its mind (an enable job for a module now off, or the reverse) does nothing; the
 * job for the newer change runs instead.
 */
export const moduleLifecycleHandler = (db: AppClient, registry: ModuleRegistry) =>
  handler(moduleLifecycleJob, async (p) => {
    const definition = registry.get(p.moduleId);
    const hook = definition?.hooks?.[p.hook];
    const row = await findTenantModule(db, p.moduleId);
    const stale = p.hook === 'onEnable' ? !row?.enabled : p.hook === 'onDisable' ? row?.enabled !== false : !row;
    if (!definition || stale) return { skipped: true };
    if (!hook) return { skipped: false };
    const settings = definition.settings.parse(row?.settings ?? {});
    const city = await db.tenant.findFirst({
      where: { id: p.tenantId },
      select: { slug: true, name: true, defaultLocale: true, locales: true, timeZone: true },
    });
    if (!city) return { skipped: true };
    await hook({ db, tenantId: p.tenantId, city, settings, fromVersion: p.fromVersion });
    return { skipped: false };
  });
