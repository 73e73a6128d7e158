import { type AppClient, requireTenantId } from '@civitas/db';

/**
 * Where to email residents, read from the platform's account table (the one place this module does):
 * the module contract offers no way to email a resident by id. To be replaced by a platform mail API
 * for modules. Only confirmed addresses.
 */
export async function findResidentContacts(db: Pick<AppClient, 'resident'>, ids: string[]) {
  if (ids.length === 0) return [];
  return db.resident.findMany({
    where: { tenantId: requireTenantId(), id: { in: ids }, emailVerifiedAt: { not: null } },
    select: { id: true, email: true, displayName: true, locale: true },
  });
}
