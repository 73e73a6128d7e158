import { randomBytes } from 'node:crypto';
import { defineJob, handler } from '@civitas/jobs';
import { createModuleRegistry, defineModule } from '@civitas/module-sdk';
import { setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import { makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { moduleJobHandlers } from './module-jobs.ts';

// Test modules with ids of their own, so this file never collides with another's catalogue rows.
const suffix = randomBytes(3).toString('hex');
const ids = { base: `base${suffix}`, addon: `addon${suffix}`, secret: `secret${suffix}`, plain: `plain${suffix}` };
const hookCalls: string[] = [];
const pingJob = defineJob({
  name: `${ids.base}.ping`,
  payload: z.object({ tenantId: z.uuid(), n: z.number() }),
  jobId: (p) => `${ids.base}.ping.${p.tenantId}.${p.n}`,
});

let t: Awaited<ReturnType<typeof openTestApp>>;
let a: Awaited<ReturnType<typeof makeTenant>>;
let b: Awaited<ReturnType<typeof makeTenant>>;
let registry: ReturnType<typeof createModuleRegistry>;

function testModule(id: string, author: string, extra: Partial<Parameters<typeof defineModule>[0]> = {}) {
  return defineModule({
    id,
    version: '1.1.0',
    name: { en: `Module ${id}` },
    description: { en: `Does ${id} things` },
    author,
    category: 'information',
    dependsOn: {},
    settings: z.object({ greeting: z.string().max(20).default('hello'), limit: z.number().int().min(1).max(5).default(3) }),
    permissions: [{ id: `${id}.manage`, description: { en: 'Manage' }, defaultRoles: ['admin', 'editor'] }],
    tables: [],
    changelog: [
      { version: '1.0.0', date: '2026-10-01', notes: { en: 'First release' } },
      { version: '1.1.0', date: '2026-11-01', notes: { en: 'Second release' } },
    ],
    navigation: [{ path: '', label: { en: `Open ${id}` } }],
    api: (ctx) => {
      const router = Router();
      router.get('/hello', (req, res) => {
        res.json({ settings: ctx.settings(req) });
      });
      router.post('/manage', ctx.requirePermission(`${id}.manage`), (_req, res) => {
        res.json({ ok: true });
      });
      return router;
    },
    hooks: {
      onEnable: async ({ tenantId }) => {
        hookCalls.push(`${id}:enable:${tenantId}`);
      },
    },
    ...extra,
  } as Parameters<typeof defineModule>[0]);
}

beforeAll(async () => {
  // Cities first: modules name their author city by slug.
  const boot = await openTestApp({}, createModuleRegistry([]));
  a = await makeTenant(boot.runtime.platformDb, { name: 'Alphaville' });
  b = await makeTenant(boot.runtime.platformDb, { name: 'Betatown' });
  await boot.close();
  registry = createModuleRegistry([
    testModule(ids.base, b.slug, {
      jobs: () => [handler(pingJob, async (p) => ({ pinged: p.n }))],
    }),
    testModule(ids.addon, b.slug, { dependsOn: { [ids.base]: '^1.0.0' } }),
    testModule(ids.secret, b.slug),
    testModule(ids.plain, a.slug),
  ]);
  t = await openTestApp({}, registry);
  const db = t.runtime.platformDb;
  for (const id of [ids.base, ids.addon, ids.plain]) await shareModuleAsPlatform(db, id, 'test');
  await setEntitlements(db, a.id, [ids.base, ids.addon, ids.plain], 'test');
  await setEntitlements(db, b.id, [ids.base, ids.secret], 'test');
});
afterAll(() => t?.close());

async function admin(city: { id: string; host: string }, role: 'admin' | 'editor' = 'admin') {
  const staff = await makeStaff(t.runtime.platformDb, city.id, role);
  const c = t.client(city.host);
  await c.post('/api/auth/staff/sign-in', await c.csrf()).send({ email: staff.email, password: staff.password }).expect(200);
  return { c, csrf: await c.csrf(), staff };
}

describe('catalogue', () => {
  it('shows shared modules and the city’s own private ones, with author, dependencies and plan', async () => {
    const { c } = await admin(a);
    const res = await c.get('/api/admin/modules').expect(200);
    const mine = res.body.modules.filter((m: { id: string }) => Object.values(ids).includes(m.id));
    expect(mine.map((m: { id: string }) => m.id).sort()).toEqual([ids.addon, ids.base, ids.plain].sort());
    const addon = mine.find((m: { id: string }) => m.id === ids.addon);
    expect(addon).toMatchObject({
      author: { slug: b.slug, name: 'Betatown' },
      visibility: 'shared',
      isOwn: false,
      entitled: true,
      dependsOn: [{ id: ids.base, range: '^1.0.0' }],
      state: { enabled: false, version: null, updateAvailable: false },
    });
    // The author city sees its private module; the other city does not, even by id.
    const { c: cb } = await admin(b);
    const seen = (await cb.get('/api/admin/modules').expect(200)).body.modules.map((m: { id: string }) => m.id);
    expect(seen).toContain(ids.secret);
    await c.get(`/api/admin/modules/${ids.secret}`).expect(404);
    const enable = await c.post(`/api/admin/modules/${ids.secret}/enable`, await c.csrf()).send({});
    expect(enable.status).toBe(404);
  });

  it('filters by search text, category and author', async () => {
    const { c } = await admin(a);
    const byText = await c.get(`/api/admin/modules?q=${ids.plain}`).expect(200);
    expect(byText.body.modules.map((m: { id: string }) => m.id)).toEqual([ids.plain]);
    const byAuthor = await c.get(`/api/admin/modules?author=${b.slug}`).expect(200);
    expect(byAuthor.body.modules.map((m: { id: string }) => m.id).sort()).toEqual([ids.addon, ids.base].sort());
    const details = await c.get(`/api/admin/modules/${ids.base}`).expect(200);
    expect(details.body.module.settingsSchema.properties.greeting).toMatchObject({ type: 'string', default: 'hello', maxLength: 20 });
    expect(details.body.module.versions.map((v: { version: string }) => v.version)).toEqual(['1.1.0', '1.0.0']);
  });

  it('lets only the author city share a private module', async () => {
    const { c } = await admin(a);
    // Its own module, already shared: sharing again changes nothing.
    await c.post(`/api/admin/modules/${ids.plain}/share`, await c.csrf()).send({}).expect(200);
    const { c: cb } = await admin(b);
    const notAuthor = await cb.post(`/api/admin/modules/${ids.plain}/share`, await cb.csrf()).send({});
    expect(notAuthor.status).toBe(403);
    await cb.post(`/api/admin/modules/${ids.secret}/share`, await cb.csrf()).send({}).expect(200);
    const nowVisible = await c.get(`/api/admin/modules/${ids.secret}`).expect(200);
    expect(nowVisible.body.module.visibility).toBe('shared');
    expect(nowVisible.body.module.entitled).toBe(false);
    const notEntitled = await c.post(`/api/admin/modules/${ids.secret}/enable`, await c.csrf()).send({});
    expect(notEntitled.status).toBe(403);
    expect(notEntitled.body.error.code).toBe('not_entitled');
  });
});

describe('switching modules on and off', () => {
  it('refuses a module whose dependency is off, naming it; enables both together on request', async () => {
    const { c, staff } = await admin(a);
    const refused = await c.post(`/api/admin/modules/${ids.addon}/enable`, await c.csrf()).send({}).expect(409);
    expect(refused.body.error.code).toBe('missing_dependency');
    expect(refused.body.error.message).toContain(`Module ${ids.base}`);
    expect(refused.body.error.details.missing).toEqual([{ id: ids.base, name: { en: `Module ${ids.base}` } }]);
    const empty = await t.client(a.host).get('/api/site').expect(200);
    expect(empty.body.modules).toEqual([]);
    // Revalidation: unchanged, the portal gets a 304 and keeps what it has.
    expect(empty.headers.etag).toMatch(/^"[\w-]+"$/);
    await t.client(a.host).get('/api/site').set('If-None-Match', String(empty.headers.etag)).expect(304);

    const ok = await c.post(`/api/admin/modules/${ids.addon}/enable`, await c.csrf()).send({ withDependencies: true }).expect(200);
    expect(ok.body.enabled).toEqual([ids.base, ids.addon]);
    // The switch drops the cached body: the old ETag no longer matches and the new body says so.
    const changed = await t.client(a.host).get('/api/site').set('If-None-Match', String(empty.headers.etag)).expect(200);
    expect(changed.headers.etag).not.toBe(empty.headers.etag);
    const site = changed.body;
    expect(site.modules.map((m: { id: string }) => m.id)).toEqual([ids.base, ids.addon]);
    expect(site.modules[0].navigation).toEqual([{ path: `/m/${ids.base}/`, label: { en: `Open ${ids.base}` } }]);

    const audit = await c.get(`/api/admin/audit?module=${ids.base}`).expect(200);
    expect(audit.body.events[0]).toMatchObject({
      action: 'module.enabled',
      actorLabel: staff.email,
      targetId: ids.base,
      after: { enabled: true, version: '1.1.0', asDependencyOf: ids.addon },
    });
  });

  it('refuses to switch off a module another active module needs, naming it, and keeps data when off', async () => {
    const { c } = await admin(a);
    const refused = await c.post(`/api/admin/modules/${ids.base}/disable`, await c.csrf()).send({}).expect(409);
    expect(refused.body.error.code).toBe('required_by');
    expect(refused.body.error.message).toContain(`Module ${ids.addon}`);
    await c.post(`/api/admin/modules/${ids.addon}/disable`, await c.csrf()).send({}).expect(200);
    const row = await t.runtime.platformDb.tenantModule.findFirst({ where: { tenantId: a.id, moduleId: ids.addon } });
    expect(row).toMatchObject({ enabled: false, version: '1.1.0' });
    expect((await t.client(a.host).get('/api/site')).body.modules.map((m: { id: string }) => m.id)).toEqual([ids.base]);
  });

  it('keeps two cities apart: one city’s switch never touches the other', async () => {
    const { c: cb } = await admin(b);
    expect((await t.client(b.host).get('/api/site')).body.modules).toEqual([]);
    await cb.post(`/api/admin/modules/${ids.base}/enable`, await cb.csrf()).send({}).expect(200);
    const { c } = await admin(a);
    const before = (await t.client(a.host).get('/api/site')).body.modules;
    await cb.post(`/api/admin/modules/${ids.base}/disable`, await cb.csrf()).send({}).expect(200);
    expect((await t.client(a.host).get('/api/site')).body.modules).toEqual(before);
    expect((await t.client(b.host).get('/api/site')).body.modules).toEqual([]);
    void c;
  });

  it('answers a module’s routes only in cities where it is on', async () => {
    const hello = `/api/m/${ids.base}/hello`;
    const res = await t.client(a.host).get(hello).expect(200);
    expect(res.body.settings).toEqual({ greeting: 'hello', limit: 3 });
    const elsewhere = await t.client(b.host).get(hello).expect(404);
    expect(elsewhere.body.error.code).toBe('module_not_available');
    await t.client(a.host).get(`/api/m/nosuchmodule/hello`).expect(404);
  });

  it('checks the module’s declared permissions for staff', async () => {
    const { c, csrf } = await admin(a, 'editor');
    await c.post(`/api/m/${ids.base}/manage`, csrf).send({}).expect(200);
    const anonymous = t.client(a.host);
    await anonymous.post(`/api/m/${ids.base}/manage`, await anonymous.csrf()).send({}).expect(401);
    // Editors may browse the catalogue but not switch modules.
    await c.get('/api/admin/modules').expect(200);
    await c.post(`/api/admin/modules/${ids.plain}/enable`, csrf).send({}).expect(403);
  });
});

describe('settings', () => {
  it('validates against the module schema, naming the field, and applies valid settings at once', async () => {
    const { c, csrf } = await admin(a);
    const bad = await c.put(`/api/admin/modules/${ids.base}/settings`, csrf).send({ settings: { greeting: 'x'.repeat(30), limit: 9 } }).expect(400);
    expect(bad.body.error.fields['settings.greeting']).toMatch(/20/);
    expect(bad.body.error.fields['settings.limit']).toMatch(/5/);
    const unknown = await c.put(`/api/admin/modules/${ids.base}/settings`, csrf).send({ settings: { colour: 'red' } }).expect(400);
    expect(Object.keys(unknown.body.error.fields).join()).toMatch(/settings/);
    expect((await t.client(a.host).get(`/api/m/${ids.base}/hello`)).body.settings).toEqual({ greeting: 'hello', limit: 3 });

    await c.put(`/api/admin/modules/${ids.base}/settings`, csrf).send({ settings: { greeting: 'bonjour', limit: 2 } }).expect(200);
    expect((await t.client(a.host).get(`/api/m/${ids.base}/hello`)).body.settings).toEqual({ greeting: 'bonjour', limit: 2 });
    const audit = await c.get(`/api/admin/audit?module=${ids.base}&action=module.settings`).expect(200);
    expect(audit.body.events[0]).toMatchObject({ before: { greeting: 'hello', limit: 3 }, after: { greeting: 'bonjour', limit: 2 } });
  });
});

describe('versions', () => {
  it('offers an update when the installed version is newer, and upgrades the city only', async () => {
    const { c, csrf } = await admin(a);
    await t.runtime.platformDb.tenantModule.updateMany({ where: { tenantId: a.id, moduleId: ids.base }, data: { version: '1.0.0' } });
    const card = (await c.get(`/api/admin/modules/${ids.base}`).expect(200)).body.module;
    expect(card.state).toMatchObject({ version: '1.0.0', updateAvailable: true });
    const up = await c.post(`/api/admin/modules/${ids.base}/upgrade`, csrf).send({}).expect(200);
    expect(up.body.version).toBe('1.1.0');
    expect((await c.get(`/api/admin/modules/${ids.base}`)).body.module.state).toMatchObject({ version: '1.1.0', updateAvailable: false });
    await c.post(`/api/admin/modules/${ids.base}/upgrade`, csrf).send({}).expect(409);
  });
});

describe('jobs of modules', () => {
  it('runs lifecycle hooks once per change through the worker, and module jobs only where the module is on', async () => {
    const handlers = moduleJobHandlers(t.runtime.db, registry, t.runtime.modules);
    const lifecycle = handlers[0]!;
    const row = await t.runtime.platformDb.tenantModule.findFirst({ where: { tenantId: a.id, moduleId: ids.base } });
    const payload = { tenantId: a.id, moduleId: ids.base, hook: 'onEnable' as const, generation: row!.generation };
    // The same change enqueued twice is one job.
    expect(await t.runtime.jobs.enqueue(lifecycle.definition, payload)).toBe(await t.runtime.jobs.enqueue(lifecycle.definition, payload));
    const { withTenant } = await import('@civitas/db');
    hookCalls.length = 0;
    await withTenant(a.id, () => lifecycle.handle(payload, undefined as never));
    expect(hookCalls).toEqual([`${ids.base}:enable:${a.id}`]);
    // A late enable job for a city that has switched the module off does nothing.
    await withTenant(b.id, () =>
      lifecycle.handle({ ...payload, tenantId: b.id, moduleId: ids.base }, undefined as never),
    );
    expect(hookCalls).toHaveLength(1);

    const ping = handlers.find((h) => h.definition.name === pingJob.name)!;
    expect(await withTenant(a.id, () => ping.handle({ tenantId: a.id, n: 1 }, undefined as never))).toEqual({ pinged: 1 });
    expect(await withTenant(b.id, () => ping.handle({ tenantId: b.id, n: 1 }, undefined as never))).toEqual({
      skipped: 'module not active for this city',
    });
  });
});

describe('operator entitlements', () => {
  it('lets an operator change a city’s plan; a module outside the plan stops answering at once', async () => {
    const { hashPassword } = await import('@civitas/auth');
    const { createOperator } = await import('@civitas/platform');
    const email = `op-${suffix}@example.test`;
    await createOperator(t.runtime.platformDb, { email, displayName: 'Op', passwordHash: await hashPassword('operator password') });
    const op = t.client('console.localhost');
    await op.post('/api/auth/operator/sign-in', await op.csrf()).send({ email, password: 'operator password' }).expect(200);
    const csrf = await op.csrf();
    const list = await op.get(`/api/console/tenants/${a.id}/entitlements`).expect(200);
    expect(list.body.modules.find((m: { id: string }) => m.id === ids.base).entitled).toBe(true);
    await t.client(a.host).get(`/api/m/${ids.base}/hello`).expect(200);
    await op.put(`/api/console/tenants/${a.id}/entitlements`, csrf).send({ modules: [ids.plain] }).expect(200);
    await t.client(a.host).get(`/api/m/${ids.base}/hello`).expect(404);
    const bad = await op.put(`/api/console/tenants/${a.id}/entitlements`, csrf).send({ modules: ['nope'] }).expect(400);
    expect(bad.body.error.message).toMatch(/nope/);
    await op.put(`/api/console/tenants/${a.id}/entitlements`, csrf).send({ modules: [ids.base, ids.addon, ids.plain] }).expect(200);
    await t.client(a.host).get(`/api/m/${ids.base}/hello`).expect(200);
  });
});
