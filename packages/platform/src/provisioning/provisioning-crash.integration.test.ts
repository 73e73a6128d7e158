import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '@civitas/auth';
import { withTenant } from '@civitas/db';
import { makeResident, makeTenant, openTestApp } from '@civitas/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperator } from '../create-tenant.ts';
import { setEntitlements, shareModuleAsPlatform } from '../entitlements.ts';
import { findRun } from './provisioning-runs.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
// No worker runs in this process: only the child processes below do the work.
let t: Awaited<ReturnType<typeof openTestApp>>;
let source: Awaited<ReturnType<typeof makeTenant>>;
let op: ReturnType<Awaited<ReturnType<typeof openTestApp>>['client']>;

beforeAll(async () => {
  t = await openTestApp({ PROVISIONING_LOCK_MS: '1500' });
  const db = t.runtime.platformDb;
  source = await makeTenant(db, { name: 'Paris source' });
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
  op = t.client('console.localhost');
  await op.post('/api/auth/operator/sign-in', await op.csrf()).send({ email, password: 'operator password 1' }).expect(200);
});
afterAll(() => t.close());

const slug = () => `c${randomBytes(4).toString('hex')}`;
const request = (s: string, extra: object = {}) => ({
  name: `Lyon ${s}`,
  slug: s,
  domains: [],
  locales: ['fr', 'en'],
  defaultLocale: 'fr',
  timeZone: 'Europe/Paris',
  adminEmail: `admin@${s}.test`,
  modules: ['notices', 'contacts'],
  copyFrom: source.slug,
  ...extra,
});

async function until(runId: string, status: 'succeeded' | 'failed', timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await findRun(t.runtime.platformDb, runId);
    if (run?.status === status) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} is ${run?.status} (${run?.error}), not ${status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function counts(tenantId: string) {
  const db = t.runtime.platformDb;
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

describe('provisioning under a crash', () => {
  it('survives the worker being killed mid-flow: one active city, no duplicated rows', async () => {
    const s = slug();
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: t.runtime.config.DATABASE_URL,
      PLATFORM_DATABASE_URL: t.runtime.config.PLATFORM_DATABASE_URL,
      REDIS_PREFIX: t.runtime.config.REDIS_PREFIX,
      SMTP_URL: t.runtime.config.SMTP_URL,
      PROVISIONING_LOCK_MS: '1500',
      LOG_LEVEL: 'silent',
    };
    const worker = () => spawn(process.execPath, ['--import', 'tsx', 'apps/worker/src/main.ts'], { cwd: root, env, stdio: 'ignore' });
    let first: ChildProcess | undefined = worker();
    const started = await op.post('/api/console/cities', await op.csrf()).send(request(s));
    const runId = started.body.run.id;
    // Kill it hard as soon as some, but not all, steps are done.
    const deadline = Date.now() + 15_000;
    let doneAtKill = 0;
    while (doneAtKill === 0 && Date.now() < deadline) {
      const run = await findRun(t.runtime.platformDb, runId);
      doneAtKill = (run!.steps as { status: string }[]).filter((x) => x.status === 'done').length;
      if (doneAtKill === 0) await new Promise((r) => setTimeout(r, 2));
    }
    first.kill('SIGKILL');
    expect(doneAtKill).toBeGreaterThan(0);
    expect(doneAtKill).toBeLessThan(7);
    first = undefined;
    const second = worker();
    try {
      const run = await until(runId, 'succeeded', 30_000);
      const tenantId = run.subjectTenantId!;
      expect(await t.runtime.platformDb.tenant.count({ where: { slug: s } })).toBe(1);
      expect((await t.runtime.platformDb.tenant.findFirst({ where: { slug: s } }))!.status).toBe('active');
      expect(await counts(tenantId)).toMatchObject({ cities: 1, domains: 1, plan: 2, modules: 1, invitations: 1, enabledEntries: 1, settingsEntries: 1 });
      await new Promise((r) => setTimeout(r, 500));
      expect(t.smtp.messages.filter((m) => m.to.includes(`admin@${s}.test`))).toHaveLength(1);
    } finally {
      second.kill('SIGTERM');
    }
  }, 60_000);
});
