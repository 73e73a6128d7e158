import { randomBytes } from 'node:crypto';
import { hashPassword } from '@civitas/auth';
import type { Branding } from '@civitas/branding';
import type { PlatformClient, StaffRole, TenantStatus } from '@civitas/db';
import { createResidentAccount, createStaffAccount, createTenant } from '@civitas/platform';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export const testBranding: Branding = {
  colors: { primary: '#0b3d91', onPrimary: '#ffffff', background: '#ffffff', text: '#1a1a1a' },
  logoUrl: null,
  fontFamily: 'system',
};

/** A city with a unique slug and host `<slug>.<baseDomain>` (plus any extra hosts, which become secondary). */
export async function makeTenant(
  platformDb: PlatformClient,
  options: { name?: string; status?: TenantStatus; extraHosts?: string[]; baseDomain?: string; locales?: string[] } = {},
) {
  const slug = `t${randomBytes(5).toString('hex')}`;
  const locales = options.locales ?? ['en', 'fr'];
  const host = `${slug}.${options.baseDomain ?? 'localhost'}`;
  const tenant = await createTenant(platformDb, {
    slug,
    name: options.name ?? `City ${slug}`,
    status: options.status ?? 'active',
    locales,
    defaultLocale: locales[0]!,
    timeZone: 'Europe/Paris',
    branding: testBranding,
    hosts: [host, ...(options.extraHosts ?? [])],
  });
  return { ...tenant, host };
}

export async function makeStaff(platformDb: PlatformClient, tenantId: string, role: StaffRole = 'admin') {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.test`;
  const staff = await createStaffAccount(platformDb, {
    tenantId,
    email,
    displayName: `Staff ${role}`,
    role,
    passwordHash: await testPasswordHash(),
  });
  return { ...staff, password: TEST_PASSWORD };
}

export async function makeResident(platformDb: PlatformClient, tenantId: string) {
  const email = `resident-${randomBytes(4).toString('hex')}@example.test`;
  const resident = await createResidentAccount(platformDb, {
    tenantId,
    email,
    displayName: 'Test Resident',
    passwordHash: await testPasswordHash(),
  });
  return { ...resident, password: TEST_PASSWORD };
}
