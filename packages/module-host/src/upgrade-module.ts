import { recordAudit } from '@civitas/audit';
import type { AppClient } from '@civitas/db';
import { HttpError } from '@civitas/http';
import semver from 'semver';
import { moduleLifecycleJob } from './lifecycle-job.ts';
import { findTenantModule, saveTenantModule } from './module-state-repository.ts';
import type { ActionContext, ModuleActionDeps } from './module-actions-deps.ts';
import { visibleModule } from './visible-module.ts';

/** Moves the city to the installed version of a module and runs its `onUpgrade` for this city. */
export async function upgradeModule(deps: ModuleActionDeps, ctx: ActionContext, id: string) {
  const { db, registry } = deps;
  const definition = await visibleModule(db, registry, id);
  const row = await findTenantModule(db, id);
  if (!row) throw new HttpError(409, 'not_in_use', `${definition.name.en} has never been switched on in this city.`);
  if (!semver.lt(row.version, definition.version)) {
    throw new HttpError(409, 'up_to_date', `${definition.name.en} already runs version ${row.version}.`);
  }
  const saved = await db.$transaction(async (tx) => {
    const client = tx as unknown as AppClient;
    const updated = await saveTenantModule(client, id, {
      enabled: row.enabled,
      version: definition.version,
      settings: definition.settings.parse(row.settings ?? {}),
    });
    await recordAudit(client, {
      actor: ctx.actor,
      action: 'module.upgraded',
      targetType: 'module',
      targetId: id,
      before: { version: row.version },
      after: { version: definition.version },
      requestId: ctx.requestId,
    });
    return updated;
  });
  await deps.cache.invalidate(ctx.tenantId);
  await deps.jobs.enqueue(moduleLifecycleJob, {
    tenantId: ctx.tenantId,
    moduleId: id,
    hook: 'onUpgrade',
    generation: saved.generation,
    fromVersion: row.version,
  });
  return { version: definition.version };
}
