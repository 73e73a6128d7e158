import { randomBytes } from 'node:crypto';
import { hashPassword } from '@civitas/auth';
import { makeResident, makeTenant, openTestApp } from '@civitas/testing';
import { createOperator } from '../create-tenant.ts';
import { setEntitlements, shareModuleAsPlatform } from '../entitlements.ts';
import { findRun } from './provisioning-runs.ts';

/**
 * What the provisioning tests share: the real app (no in-process worker unless a test starts one), a
 * source city with branding, a module and a resident to copy from, and a signed-in operator.
 */
export async function openProvisioningKit() {
  const t = await openTestApp({ PROVISIONING_LOCK_MS: '1500' });
  const db = t.runtime.platformDb;
  const source = await makeTenant(db, { name: 'Paris source' });
  await db.tenant.update({
    where: { id: source.id },
    data: { branding: { colors: { primary: '#00563f', onPrimary: '#ffffff', background: '#fafaf7', text: '#111111' }, logoUrl: null, fontFamily: 'serif' } },
  });
  for (const m of t.runtime.registry.list) await shareModuleAsPlatform(db, m.id, 'test');
  await setEntitlements(db, source.id, ['notices'], 'test');
  await db.tenantModule.create({ data: { tenantId: source.id, moduleId: 'notices', enabled: true, version: '1.0.0', settings: { maxBannerNotices: 3, showOnEveryPage: false } } });
  await makeResident(db, source.id);
  const email = `op-${randomBytes(3).toString('hex')}@example.test`;
  await createOperator(db, { email, displayName: 'Operator', passwordHash: await hashPassword('operator password 1') });
  const op = t.client('console.localhost');
  await op.post('/api/auth/operator/sign-in', await op.csrf()).send({ email, password: 'operator password 1' }).expect(200);

  /** A provisioning form for a new city copying the source, with the two installed modules in its plan. */
  const request = (slug: string, extra: object = {}) => ({
    name: `Lyon ${slug}`,
    slug,
    domains: [],
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    timeZone: 'Europe/Paris',
    adminEmail: `admin@${slug}.test`,
    modules: ['notices', 'contacts'],
    copyFrom: source.slug,
    ...extra,
  });

  async function until(runId: string, status: 'succeeded' | 'failed', timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const run = await findRun(db, runId);
      if (run?.status === status) return run;
      if (Date.now() > deadline) throw new Error(`run ${runId} is ${run?.status} (${run?.error}), not ${status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Rows a provisioning creates: a crash or a retry must not add any. */
  async function counts(tenantId: string) {
    return {
      cities: await db.tenant.count({ where: { id: tenantId } }),
      domains: await db.tenantDomain.count({ where: { tenantId } }),
      plan: await db.moduleEntitlement.count({ where: { tenantId } }),
      modules: await db.tenantModule.count({ where: { tenantId } }),
      invitations: await db.accountToken.count({ where: { tenantId, kind: 'staff_invite' } }),
      enabledEntries: await db.auditEvent.count({ where: { tenantId, action: 'module.enabled' } }),
      settingsEntries: await db.auditEvent.count({ where: { tenantId, action: 'module.settings_changed' } }),
      residents: await db.resident.count({ where: { tenantId } }),
    };
  }

  return { t, source, op, request, until, counts, slug: () => `c${randomBytes(4).toString('hex')}` };
}
