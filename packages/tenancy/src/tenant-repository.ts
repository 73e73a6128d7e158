import type { Branding } from '@civitas/branding';
import { type AppClient, requireTenantId } from '@civitas/db';

/** The current city's own record, read and written through the app client inside its scope. */
export async function getTenantProfile(db: AppClient) {
  const tenantId = requireTenantId();
  const tenant = await db.tenant.findFirst({
    where: { id: tenantId },
    include: { domains: { where: { tenantId }, orderBy: [{ primary: 'asc' }, { host: 'asc' }] } },
  });
  if (!tenant) throw new Error(`tenant ${tenantId} is not visible in its own scope`);
  return tenant;
}

export async function updateTenantBranding(db: AppClient, branding: Branding) {
  const tenantId = requireTenantId();
  return db.tenant.update({ where: { id: tenantId }, data: { branding } });
}
