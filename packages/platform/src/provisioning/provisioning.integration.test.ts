import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '@civitas/auth';
import { withTenant } from '@civitas/db';
import { makeResident, makeTenant, openTestApp } from '@civitas/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProvisioningKit } from './provisioning-test-kit.ts';
import { createOperator } from '../create-tenant.ts';
import { setEntitlements, shareModuleAsPlatform } from '../entitlements.ts';
import { findRun } from './provisioning-runs.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
let kit: Awaited<ReturnType<typeof openProvisioningKit>>;
let t: typeof kit.t;
let source: typeof kit.source;
let op: typeof kit.op;
beforeAll(async () => {
  kit = await openProvisioningKit();
  ({ t, source, op } = kit);
});
afterAll(() => t.close());
const slug = () => kit.slug();
const request = (s: string, extra: object = {}) => kit.request(s, extra);
const until = (runId: string, status: 'succeeded' | 'failed', timeoutMs?: number) => kit.until(runId, status, timeoutMs);
const counts = (tenantId: string) => kit.counts(tenantId);

describe('provisioning a city', () => {
  it('refuses reserved and taken slugs with a reason, and names bad fields', async () => {
    const reserved = await op.post('/api/console/cities', await op.csrf()).send(request('console'));
    expect(reserved.status).toBe(400);
    expect(reserved.body.error.fields.slug).toMatch(/reserved/);
    const taken = await op.post('/api/console/cities', await op.csrf()).send(request(source.slug));
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toContain('Paris source');
    const bad = await op.post('/api/console/cities', await op.csrf()).send({ ...request(slug()), defaultLocale: 'de', timeZone: 'Mars/Olympus', adminEmail: 'nope' });
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['adminEmail', 'defaultLocale', 'timeZone']);
    // Cities' staff never reach it.
    const cityStaff = t.client(source.host);
    await cityStaff.post('/api/console/cities', await cityStaff.csrf()).send(request(slug())).expect(404);
  });

  // Runs before any test starts the in-process worker: the conflict must appear before the first step.
  it('shows a step that fails three times with its error, and a retry completes it without duplicates', async () => {
    const s = slug();
    const blocker = await makeTenant(t.runtime.platformDb, { name: 'Blocker' });
    const started = await op.post('/api/console/cities', await op.csrf()).send(request(s, { domains: [`portal.${s}.example`] }));
    expect(started.status).toBe(202);
    // The domain is taken between the request and its step: a real conflict the step cannot get past.
    await t.runtime.platformDb.tenantDomain.create({ data: { tenantId: blocker.id, host: `portal.${s}.example`, primary: null } });
    t.startWorker();
    const failed = await until(started.body.run.id, 'failed');
    expect(failed.error).toMatch(/portal\..*already used by Blocker/);
    const view = await op.get(`/api/console/provisioning/${failed.id}`).expect(200);
    expect(view.body.run.current).toBe('create-city');
    expect(view.body.run.steps[0]).toMatchObject({ status: 'failed' });

    await t.runtime.platformDb.tenantDomain.deleteMany({ where: { tenantId: blocker.id, host: `portal.${s}.example` } });
    await op.post(`/api/console/provisioning/${failed.id}/retry`, await op.csrf()).send({}).expect(202);
    const done = await until(failed.id, 'succeeded');
    expect(await counts(done.subjectTenantId!)).toMatchObject({ cities: 1, domains: 2, plan: 2, modules: 1, invitations: 1, enabledEntries: 1 });
    // The city did not exist yet when the retry was asked for: the entry names the run.
    const trail = await op.get('/api/console/audit').expect(200);
    const forRun = trail.body.events.filter((e: { after: { runId?: string } | null }) => e.after?.runId === failed.id);
    expect(forRun.map((e: { action: string }) => e.action).sort()).toEqual(['city.provisioning_retried', 'city.provisioning_started']);
  });

});

describe('the life of a city', () => {
  it('runs the steps, copies modules, settings and branding but no people, serves the city, and invites its admin', async () => {
    t.startWorker();
    const s = slug();
    const started = await op.post('/api/console/cities', await op.csrf()).send(request(s));
    expect(started.status).toBe(202);
    expect(started.body.run.steps).toHaveLength(7);
    const run = await until(started.body.run.id, 'succeeded');
    const tenantId = run.subjectTenantId!;

    const site = await t.client(`${s}.localhost`).get('/api/site').expect(200);
    expect(site.body).toMatchObject({ slug: s, name: `Lyon ${s}`, locales: ['fr', 'en'] });
    expect(site.body.branding.colors.primary).toBe('#00563f');
    expect(site.body.modules.map((m: { id: string }) => m.id)).toEqual(['notices']);
    const row = await t.runtime.platformDb.tenantModule.findFirst({ where: { tenantId, moduleId: 'notices' } });
    expect(row!.settings).toEqual({ maxBannerNotices: 3, showOnEveryPage: false });
    expect((await counts(tenantId)).residents).toBe(0);

    const mail = await t.smtp.waitFor((m) => m.to.includes(`admin@${s}.test`));
    const link = new URL(/https?:\/\/\S+/.exec(mail.text)![0]);
    expect(link.host).toBe(`${s}.localhost:3000`);
    const admin = t.client(`${s}.localhost`);
    const accepted = await admin.post('/api/auth/staff/accept-invitation', await admin.csrf()).send({ token: link.searchParams.get('token'), displayName: 'Chloé', password: 'lyon admin password' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.user.role).toBe('admin');
  });

  it('suspends (maintenance page for residents, staff read-only) and resumes', async () => {
    const city = await makeTenant(t.runtime.platformDb);
    await op.post(`/api/console/tenants/${city.id}/suspend`, await op.csrf()).send({}).expect(200);
    await t.client(city.host).get('/').expect(503);
    await t.client(city.host).get('/api/admin/overview').expect(401); // reaches the API: staff may sign in
    const staffSignIn = t.client(city.host);
    expect((await staffSignIn.post('/api/admin/modules/notices/enable', await staffSignIn.csrf()).send({})).status).toBe(503);
    await op.post(`/api/console/tenants/${city.id}/resume`, await op.csrf()).send({}).expect(200);
    await t.client(city.host).get('/api/site').expect(200);
  });

  it('adds a custom domain, makes it primary, and the old one answers 301 to it', async () => {
    const city = await makeTenant(t.runtime.platformDb);
    const host = `www.${city.slug}.example`;
    await op.post(`/api/console/tenants/${city.id}/domains`, await op.csrf()).send({ host }).expect(201);
    const dup = await op.post(`/api/console/tenants/${source.id}/domains`, await op.csrf()).send({ host });
    expect(dup.status).toBe(409);
    await op.put(`/api/console/tenants/${city.id}/primary-domain`, await op.csrf()).send({ host }).expect(200);
    const res = await t.client(city.host).get('/api/site').expect(301);
    expect(res.headers.location).toBe(`http://${host}:3000/api/site`);
    const removing = await op.delete(`/api/console/tenants/${city.id}/domains/${host}`, await op.csrf());
    expect(removing.status).toBe(409);
  });

  it('exports every table of a city, then deletes it: zero rows anywhere, other cities untouched', async () => {
    t.startWorker();
    const db = t.runtime.platformDb;
    const doomed = await makeTenant(db, { name: 'Doomed' });
    const kept = await makeTenant(db, { name: 'Kept' });
    for (const city of [doomed, kept]) {
      await makeResident(db, city.id);
      await setEntitlements(db, city.id, ['notices'], 'test');
      await withTenant(city.id, () => t.runtime.db.auditEvent.create({ data: { tenantId: city.id, actorType: 'system', actorLabel: 'test', action: 'test.seeded', targetType: 'test' } }));
    }
    const r = t.client(doomed.host);
    await r.get('/api/session'); // a session bound to the doomed city
    const before = await rowsPerTable(kept.id);

    const refused = await op.delete(`/api/console/tenants/${doomed.id}`).set('x-csrf-token', await op.csrf()).send({});
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.confirmSlug).toContain(doomed.slug);

    const exported = await op.post(`/api/console/tenants/${doomed.id}/exports`, await op.csrf()).send({}).expect(202);
    const exportId = exported.body.export.id;
    await expect.poll(async () => (await db.cityExport.findFirst({ where: { id: exportId } }))?.status, { timeout: 15_000 }).toBe('succeeded');
    const list = await op.get(`/api/console/tenants/${doomed.id}/exports`).expect(200);
    expect(list.body.exports[0]).toMatchObject({ id: exportId, status: 'succeeded' });

    await op.delete(`/api/console/tenants/${doomed.id}`).set('x-csrf-token', await op.csrf()).send({}).expect(202);
    await t.client(doomed.host).get('/api/site').expect((res) => expect([404, 410]).toContain(res.status));
    await expect.poll(async () => (await db.cityDeletion.findFirst({ where: { subjectTenantId: doomed.id } }))?.status, { timeout: 15_000 }).toBe('succeeded');

    const left = await rowsPerTable(doomed.id);
    expect(Object.entries(left).filter(([, n]) => n > 0)).toEqual([]);
    expect(await db.tenant.count({ where: { id: doomed.id } })).toBe(0);
    expect(await rowsPerTable(kept.id)).toEqual(before);
    const sessions = await t.runtime.redis.keys(`${t.runtime.config.REDIS_PREFIX}:sess:*`);
    for (const key of sessions) expect(await t.runtime.redis.get(key)).not.toContain(doomed.id);
    // The export outlives the city, for the operators.
    await op.get(`/api/console/exports/${exportId}/download`).expect(200);
  });
});

async function rowsPerTable(tenantId: string) {
  const { tenantTables } = await import('../lifecycle/tenant-tables.ts');
  const tables = await tenantTables(t.runtime.platformPool);
  const out: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await t.runtime.platformPool.query(`select count(*)::int as n from "${table}" where "tenantId" = $1`, [tenantId]);
    out[table] = rows[0].n;
  }
  return out;
}
