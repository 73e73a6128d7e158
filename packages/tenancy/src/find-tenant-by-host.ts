import type { Branding } from '@civitas/branding';
import type { PlatformClient } from '@civitas/db';
import type { HostLookup } from './resolved-tenant.ts';

/** Exact lookup of a host among every city's domains (platform client: no tenant is known yet). */
export async function findTenantByHost(platformDb: PlatformClient, host: string): Promise<HostLookup> {
  const domain = await platformDb.tenantDomain.findFirst({
    where: { host },
    include: { tenant: { include: { domains: { where: { primary: true } } } } },
  });
  if (!domain) return { kind: 'unknown' };
  const { tenant } = domain;
  return {
    kind: 'tenant',
    isPrimary: domain.primary === true,
    tenant: {
      id: tenant.id,
      slug: tenant.slug,
      name: tenant.name,
      status: tenant.status,
      locales: tenant.locales,
      defaultLocale: tenant.defaultLocale,
      timeZone: tenant.timeZone,
      branding: tenant.branding as unknown as Branding,
      primaryHost: tenant.domains[0]?.host ?? domain.host,
    },
  };
}
