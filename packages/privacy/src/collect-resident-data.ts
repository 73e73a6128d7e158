import { type AppClient, requireTenantId } from '@civitas/db';
import type { ModuleRegistry } from '@civitas/module-sdk';

/**
 * Everything the city holds about one resident: the account, the audit entries about them or by
 * them, and each module's own export (from every installed module: data stays when a module is off).
 */
export async function collectResidentData(db: AppClient, registry: ModuleRegistry, residentId: string) {
  const tenantId = requireTenantId();
  const account = await db.resident.findFirst({
    where: { tenantId, id: residentId },
    select: { email: true, displayName: true, district: true, birthYear: true, locale: true, emailVerifiedAt: true, createdAt: true, lastSignInAt: true },
  });
  if (!account) return null;
  const activity = await db.auditEvent.findMany({
    where: { tenantId, OR: [{ actorId: residentId }, { targetId: residentId }] },
    orderBy: { occurredAt: 'asc' },
    select: { occurredAt: true, action: true, targetType: true, targetId: true, after: true },
  });
  const modules: Record<string, unknown> = {};
  for (const definition of registry.list) {
    if (definition.privacy?.export) modules[definition.id] = await definition.privacy.export({ db, tenantId, residentId });
  }
  return { account, activity, modules };
}
