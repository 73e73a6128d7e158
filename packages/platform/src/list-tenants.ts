import type { PlatformClient } from '@civitas/db';

/** Every city with its domains, primary first: the operator console's overview. */
export async function listTenants(platformDb: PlatformClient) {
  const tenants = await platformDb.tenant.findMany({
    orderBy: { name: 'asc' },
    include: { domains: { orderBy: [{ primary: 'asc' }, { host: 'asc' }] } },
  });
  return tenants.map((t) => ({
    id: t.id,
    slug: t.slug,
    name: t.name,
    status: t.status,
    locales: t.locales,
    defaultLocale: t.defaultLocale,
    createdAt: t.createdAt,
    domains: t.domains.map((d) => ({ host: d.host, primary: d.primary === true })),
  }));
}
