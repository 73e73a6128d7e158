import { recordAudit } from '@civitas/audit';
import type { AppClient } from '@civitas/db';
import { HttpError } from '@civitas/http';
import semver from 'semver';
import { listEntitledModuleIds, listTenantModules, saveTenantModule } from './module-state-repository.ts';
import { moduleLifecycleJob } from './lifecycle-job.ts';
import type { ActionContext, ModuleActionDeps } from './module-actions-deps.ts';
import { requireEntitled, visibleModule } from './visible-module.ts';

/**
 * Switches a module on for the city. Its dependencies must be on already, or be switched on
 * together when `withDependencies` is set; each must be visible and in the city's plan.
 */
export async function enableModule(deps: ModuleActionDeps, ctx: ActionContext, id: string, withDependencies = false) {
  const { db, registry } = deps;
  const target = await visibleModule(db, registry, id);
  const [entitled, rows] = await Promise.all([listEntitledModuleIds(db), listTenantModules(db)]);
  requireEntitled(entitled, target);
  const state = new Map(rows.map((r) => [r.moduleId, r]));

  const needed = registry.closureOf(id);
  const missing = needed.filter((dep) => !state.get(dep)?.enabled);
  // A dependency already on must run a version every module in the chain accepts.
  for (const dep of needed) {
    const row = state.get(dep);
    if (!row?.enabled) continue;
    for (const m of [id, ...needed]) {
      const range = registry.get(m)!.dependsOn[dep];
      if (range && !semver.satisfies(row.version, range)) {
        const depName = registry.get(dep)!.name.en;
        throw new HttpError(409, 'dependency_outdated', `${registry.get(m)!.name.en} needs ${depName} ${range}; this city runs ${row.version}. Update ${depName} first.`);
      }
    }
  }
  if (missing.length && !withDependencies) {
    const names = missing.map((m) => registry.get(m)!.name.en);
    throw new HttpError(409, 'missing_dependency', `${target.name.en} needs ${names.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} off. Switch ${missing.length > 1 ? 'them' : 'it'} on first, or together.`, undefined, {
      missing: missing.map((m) => ({ id: m, name: registry.get(m)!.name })),
    });
  }
  const toEnable = [...missing, ...(state.get(id)?.enabled ? [] : [id])];
  for (const m of missing) requireEntitled(entitled, await visibleModule(db, registry, m));

  const saved = await db.$transaction(async (tx) => {
    const client = tx as unknown as AppClient;
    const results = [];
    for (const m of toEnable) {
      const definition = registry.get(m)!;
      const before = state.get(m);
      const row = await saveTenantModule(client, m, {
        enabled: true,
        version: before?.version ?? definition.version,
        settings: (before?.settings as Record<string, unknown>) ?? definition.settings.parse({}),
        enabledAt: new Date(),
      });
      await recordAudit(client, {
        actor: ctx.actor,
        action: 'module.enabled',
        targetType: 'module',
        targetId: m,
        before: before ? { enabled: before.enabled, version: before.version } : null,
        after: { enabled: true, version: row.version, ...(m !== id ? { asDependencyOf: id } : {}) },
        requestId: ctx.requestId,
      });
      results.push(row);
    }
    return results;
  });
  await deps.cache.invalidate(ctx.tenantId);
  for (const row of saved) {
    await deps.jobs.enqueue(moduleLifecycleJob, { tenantId: ctx.tenantId, moduleId: row.moduleId, hook: 'onEnable', generation: row.generation });
  }
  return { enabled: saved.map((r) => r.moduleId) };
}
