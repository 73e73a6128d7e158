import { recordAudit } from '@civitas/audit';
import type { AppClient } from '@civitas/db';
import { forbidden } from '@civitas/http';
import { markShared } from './catalogue-repository.ts';
import type { ActionContext, ModuleActionDeps } from './module-actions-deps.ts';
import { visibleModule } from './visible-module.ts';

/** The author city makes its module visible to every city in the catalogue. */
export async function shareModule(deps: ModuleActionDeps, ctx: ActionContext & { tenantSlug: string }, id: string) {
  const { db, registry } = deps;
  const definition = await visibleModule(db, registry, id);
  if (definition.author !== ctx.tenantSlug) throw forbidden(`Only the city that built ${definition.name.en} can share it.`);
  await db.$transaction(async (tx) => {
    const client = tx as unknown as AppClient;
    const changed = await markShared(client, id, ctx.actor.label);
    if (changed.count === 0) return;
    await recordAudit(client, {
      actor: ctx.actor,
      action: 'module.shared',
      targetType: 'module',
      targetId: id,
      before: { visibility: 'private' },
      after: { visibility: 'shared' },
      requestId: ctx.requestId,
    });
  });
  return { shared: true };
}
