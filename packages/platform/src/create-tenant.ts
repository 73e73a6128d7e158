import type { Branding } from '@civitas/branding';
import type { PlatformClient, StaffRole, TenantStatus } from '@civitas/db';

export interface NewTenant {
  slug: string;
  name: string;
  status?: TenantStatus;
  locales: string[];
  defaultLocale: string;
  timeZone: string;
  branding: Branding;
  /** The first is primary; the rest answer 301 to it. */
  hosts: string[];
}

/**
 * Creates a city with its domains, or brings an existing one (same slug) back to this shape.
 * Idempotent, so a retried provisioning step or a re-run seed does no harm.
 */
export async function createTenant(platformDb: PlatformClient, input: NewTenant) {
  const [primary, ...secondary] = input.hosts;
  if (!primary) throw new Error('a city needs at least one host');
  if (!input.locales.includes(input.defaultLocale)) throw new Error('the default locale must be one of the locales');
  const data = {
    name: input.name,
    status: input.status ?? 'active',
    locales: input.locales,
    defaultLocale: input.defaultLocale,
    timeZone: input.timeZone,
    branding: input.branding as object,
  };
  return platformDb.$transaction(async (tx) => {
    const tenant = await tx.tenant.upsert({ where: { slug: input.slug }, create: { slug: input.slug, ...data }, update: data });
    await tx.tenantDomain.deleteMany({ where: { tenantId: tenant.id, host: { notIn: input.hosts } } });
    await tx.tenantDomain.updateMany({ where: { tenantId: tenant.id, primary: true }, data: { primary: null } });
    await tx.tenantDomain.upsert({
      where: { tenantId_host: { tenantId: tenant.id, host: primary } },
      create: { tenantId: tenant.id, host: primary, primary: true },
      update: { primary: true },
    });
    for (const host of secondary) {
      await tx.tenantDomain.upsert({
        where: { tenantId_host: { tenantId: tenant.id, host } },
        create: { tenantId: tenant.id, host, primary: null },
        update: { primary: null },
      });
    }
    return tenant;
  });
}

/** Creates a staff account (first admin of a new city, demo staff); an existing email keeps its account and gets the role. */
export async function createStaffAccount(
  platformDb: PlatformClient,
  input: { tenantId: string; email: string; displayName: string; role: StaffRole; passwordHash: string },
) {
  const email = input.email.trim().toLowerCase();
  return platformDb.staffAccount.upsert({
    where: { tenantId_email: { tenantId: input.tenantId, email } },
    create: { ...input, email },
    update: { role: input.role, displayName: input.displayName, passwordHash: input.passwordHash },
  });
}

export async function createOperator(
  platformDb: PlatformClient,
  input: { email: string; displayName: string; passwordHash: string },
) {
  const email = input.email.trim().toLowerCase();
  return platformDb.operator.upsert({ where: { email }, create: { ...input, email }, update: input });
}

/** Creates a resident account from platform tooling (demo data, imports); the portal's own sign-up uses the app client. */
export async function createResidentAccount(
  platformDb: PlatformClient,
  input: { tenantId: string; email: string; displayName: string; passwordHash: string; locale?: string },
) {
  const email = input.email.trim().toLowerCase();
  return platformDb.resident.upsert({
    where: { tenantId_email: { tenantId: input.tenantId, email } },
    create: { ...input, email, emailVerifiedAt: new Date() },
    update: { displayName: input.displayName, passwordHash: input.passwordHash },
  });
}
