import type { Branding } from '@civitas/branding';
import type { PlatformClient, Tenant } from '@civitas/db';
import type { HostLookup, ResolvedTenant } from './resolved-tenant.ts';

/** Exact lookup of a host among every city's domains (platform client: no tenant is known yet). */
export async function findTenantByHost(platformDb: PlatformClient, host: string): Promise<HostLookup> {
  const domain = await platformDb.tenantDomain.findFirst({
    where: { host },
    include: { tenant: { include: { domains: { where: { primary: true } } } } },
  });
  if (!domain) return { kind: 'unknown' };
  return { kind: 'tenant', isPrimary: domain.primary === true, tenant: toResolved(domain.tenant, domain.host) };
}

/** The same description of a city, by id: for jobs, which know the city but not a host. */
export async function findResolvedTenant(platformDb: PlatformClient, id: string): Promise<ResolvedTenant | null> {
  const tenant = await platformDb.tenant.findFirst({ where: { id }, include: { domains: { where: { primary: true } } } });
  return tenant ? toResolved(tenant, tenant.domains[0]?.host ?? '') : null;
}

type TenantWithPrimary = Tenant & { domains: { host: string }[] };

function toResolved(tenant: TenantWithPrimary, fallbackHost: string): ResolvedTenant {
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    status: tenant.status,
    locales: tenant.locales,
    defaultLocale: tenant.defaultLocale,
    timeZone: tenant.timeZone,
    districts: tenant.districts,
    branding: tenant.branding as unknown as Branding,
      primaryHost: tenant.domains[0]?.host ?? fallbackHost,
  };
}
