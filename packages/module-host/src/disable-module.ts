import { recordAudit } from '@civitas/audit';
import type { AppClient } from '@civitas/db';
import { HttpError } from '@civitas/http';
import { moduleLifecycleJob } from './lifecycle-job.ts';
import { listTenantModules, saveTenantModule } from './module-state-repository.ts';
import type { ActionContext, ModuleActionDeps } from './module-actions-deps.ts';
import { visibleModule } from './visible-module.ts';

/** Switches a module off for the city, keeping its data; refused while a module that needs it is on. */
export async function disableModule(deps: ModuleActionDeps, ctx: ActionContext, id: string) {
  const { db, registry } = deps;
  const target = await visibleModule(db, registry, id);
  const rows = await listTenantModules(db);
  const row = rows.find((r) => r.moduleId === id);
  if (!row?.enabled) return { disabled: [] as string[] };
  const onDependents = registry.dependentsOf(id).filter((d) => rows.some((r) => r.moduleId === d && r.enabled));
  if (onDependents.length) {
    const names = onDependents.map((d) => registry.get(d)!.name.en);
    throw new HttpError(
      409,
      'required_by',
      `${target.name.en} is needed by ${names.join(' and ')}, which ${onDependents.length > 1 ? 'are' : 'is'} on. Switch ${onDependents.length > 1 ? 'them' : 'it'} off first.`,
      undefined,
      { dependents: onDependents.map((d) => ({ id: d, name: registry.get(d)!.name })) },
    );
  }
  const saved = await db.$transaction(async (tx) => {
    const client = tx as unknown as AppClient;
    const updated = await saveTenantModule(client, id, {
      enabled: false,
      version: row.version,
      settings: row.settings as Record<string, unknown>,
    });
    await recordAudit(client, {
      actor: ctx.actor,
      action: 'module.disabled',
      targetType: 'module',
      targetId: id,
      before: { enabled: true, version: row.version },
      after: { enabled: false, version: row.version },
      requestId: ctx.requestId,
    });
    return updated;
  });
  await deps.cache.invalidate(ctx.tenantId);
  await deps.jobs.enqueue(moduleLifecycleJob, { tenantId: ctx.tenantId, moduleId: id, hook: 'onDisable', generation: saved.generation });
  return { disabled: [id] };
}
