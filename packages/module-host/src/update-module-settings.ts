import { recordAudit } from '@civitas/audit';
import type { AppClient } from '@civitas/db';
import { parseInput } from '@civitas/http';
import { z } from 'zod';
import { findTenantModule, listEntitledModuleIds, saveTenantModule } from './module-state-repository.ts';
import type { ActionContext, ModuleActionDeps } from './module-actions-deps.ts';
import { requireEntitled, visibleModule } from './visible-module.ts';

/** Validates a city's settings against the module's schema (400 naming each field) and stores them. */
export async function updateModuleSettings(deps: ModuleActionDeps, ctx: ActionContext, id: string, body: unknown) {
  const { db, registry } = deps;
  const definition = await visibleModule(db, registry, id);
  requireEntitled(await listEntitledModuleIds(db), definition);
  const { settings } = parseInput(z.object({ settings: definition.settings.strict() }), body);
  const saved = await db.$transaction(async (tx) => {
    const client = tx as unknown as AppClient;
    const before = await findTenantModule(client, id);
    const row = await saveTenantModule(client, id, {
      enabled: before?.enabled ?? false,
      version: before?.version ?? definition.version,
      settings,
    });
    await recordAudit(client, {
      actor: ctx.actor,
      action: 'module.settings_changed',
      targetType: 'module',
      targetId: id,
      before: before?.settings ?? null,
      after: settings,
      requestId: ctx.requestId,
    });
    return row;
  });
  await deps.cache.invalidate(ctx.tenantId);
  return { settings: saved.settings };
}
