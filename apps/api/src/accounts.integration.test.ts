import { withTenant } from '@civitas/db';
import { makeResident, makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: Awaited<ReturnType<typeof openTestApp>>;
let paris: Awaited<ReturnType<typeof makeTenant>>;
let budapest: Awaited<ReturnType<typeof makeTenant>>;

beforeAll(async () => {
  t = await openTestApp({ SIGN_IN_RATE_LIMIT: '3' });
  paris = await makeTenant(t.runtime.platformDb, { name: 'Paris' });
  budapest = await makeTenant(t.runtime.platformDb, { name: 'Budapest' });
});
afterAll(() => t.close());

async function signUp(host: string, email: string) {
  const c = t.client(host);
  const csrf = await c.csrf();
  const res = await c
    .post('/api/auth/resident/sign-up')
    .set('x-csrf-token', csrf)
    .send({ email, password: 'a long enough password', displayName: 'Ana' });
  return { c, res };
}

describe('resident accounts', () => {
  it('signs up, is signed in, signs out', async () => {
    const { c, res } = await signUp(paris.host, 'Ana@Example.test');
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ kind: 'resident', email: 'ana@example.test', displayName: 'Ana' });
    expect((await c.get('/api/session')).body.user.email).toBe('ana@example.test');
    const csrf = await c.csrf();
    await c.post('/api/auth/sign-out').set('x-csrf-token', csrf).expect(204);
    expect((await c.get('/api/session')).body.user).toBeNull();
  });

  it('refuses a second account with the same email in the same city, but not in another city', async () => {
    await signUp(paris.host, 'twice@example.test');
    const again = await signUp(paris.host, 'twice@example.test');
    expect(again.res.status).toBe(409);
    expect(again.res.body.error.fields.email).toMatch(/already registered/);
    const elsewhere = await signUp(budapest.host, 'twice@example.test');
    expect(elsewhere.res.status).toBe(201);
  });

  it('names each invalid field and writes nothing', async () => {
    const c = t.client(paris.host);
    const csrf = await c.csrf();
    const res = await c
      .post('/api/auth/resident/sign-up', csrf)
      .send({ email: 'not-an-email', password: 'short', displayName: '' })
      .expect(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['displayName', 'email', 'password']);
    expect(res.body.error.fields.password).toMatch(/at least 10 characters/);
    const count = await t.runtime.platformDb.resident.count({ where: { tenantId: paris.id, email: 'not-an-email' } });
    expect(count).toBe(0);
  });

  it('never accepts a session from one city on another city’s host', async () => {
    const { c } = await signUp(paris.host, 'traveller@example.test');
    const parisSession = await c.get('/api/session');
    expect(parisSession.body.user?.email).toBe('traveller@example.test');
    // The same cookie jar, presented on Budapest's host (a copied cookie).
    const stolen = await c.agent.get('/api/session').set('Host', budapest.host);
    expect(stolen.body.user).toBeNull();
  });

  it('stores no session and sets no cookie for anonymous reading', async () => {
    const c = t.client(paris.host);
    const site = await c.get('/api/site').expect(200);
    expect(site.headers['set-cookie']).toBeUndefined();
    const page = await c.get('/');
    expect(page.headers['set-cookie']).toBeUndefined();
    const keys = await t.runtime.redis.keys(`${t.runtime.config.REDIS_PREFIX}:sess:*`);
    const before = keys.length;
    await t.client(paris.host).get('/api/site');
    expect((await t.runtime.redis.keys(`${t.runtime.config.REDIS_PREFIX}:sess:*`)).length).toBe(before);
  });

  it('refuses a state change without the CSRF token', async () => {
    const c = t.client(paris.host);
    await c.get('/api/session');
    const res = await c.post('/api/auth/resident/sign-in').send({ email: 'x@example.test', password: 'whatever' }).expect(403);
    expect(res.body.error.code).toBe('csrf_invalid');
    expect(res.body.error.message).toMatch(/Reload the page/);
  });

  it('rotates the session id at sign-in', async () => {
    const resident = await makeResident(t.runtime.platformDb, paris.id);
    const c = t.client(paris.host);
    const sid = (res: { headers: Record<string, unknown> }) =>
      ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? []).find((v) => v.startsWith('civitas.sid='))?.split(';')[0];
    const first = await c.get('/api/session');
    const before = sid(first);
    const signIn = await c
      .post('/api/auth/resident/sign-in')
      .set('x-csrf-token', first.body.csrfToken)
      .send({ email: resident.email, password: resident.password })
      .expect(200);
    const after = sid(signIn);
    expect(before).toBeTruthy();
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
  });

  it('renews a signed-in session only once a quarter of its lifetime has passed, and then for its whole lifetime', async () => {
    const resident = await makeResident(t.runtime.platformDb, paris.id);
    const c = t.client(paris.host);
    const csrf = await c.csrf();
    await c.post('/api/auth/resident/sign-in', csrf).send({ email: resident.email, password: resident.password }).expect(200);
    const signedIn = await c.get('/api/session').expect(200);
    expect(signedIn.body.user.email).toBe(resident.email);
    const keys = await t.runtime.redis.keys(`${t.runtime.config.REDIS_PREFIX}:sess:*`);
    const ours: string[] = [];
    for (const k of keys) if ((await t.runtime.redis.get(k))?.includes(resident.id)) ours.push(k);
    expect(ours).toHaveLength(1);
    const sessionKey = ours[0]!;
    const renewedAt = async () => JSON.parse((await t.runtime.redis.get(sessionKey))!).renewedAt as number;
    const stored = await renewedAt();
    expect(stored).toBeGreaterThan(Date.now() - 60_000);

    // A fresh session: requests read it and write nothing back (the TTL is left as it was).
    await t.runtime.redis.expire(sessionKey, 600);
    const quiet = await c.get('/api/session').expect(200);
    expect(quiet.body.user.email).toBe(resident.email);
    expect(quiet.headers['set-cookie']).toBeUndefined();
    expect(await t.runtime.redis.ttl(sessionKey)).toBeLessThanOrEqual(600);
    expect(await renewedAt()).toBe(stored);

    // Renewed more than a quarter of 8 hours ago: the next request stores it for 8 hours and re-sends the cookie.
    const old = JSON.parse((await t.runtime.redis.get(sessionKey))!);
    await t.runtime.redis.set(sessionKey, JSON.stringify({ ...old, renewedAt: Date.now() - 2 * 3600_000 - 1000 }), 'EX', 600);
    const renewed = await c.get('/api/session').expect(200);
    expect(renewed.body.user.email).toBe(resident.email);
    expect(String(renewed.headers['set-cookie'])).toMatch(/^civitas\.sid=.*Expires=/);
    expect(await t.runtime.redis.ttl(sessionKey)).toBeGreaterThan(8 * 3600 - 60);
    expect(await renewedAt()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('rate-limits failed sign-ins per city and address, leaving other cities alone', async () => {
    const limited = await makeTenant(t.runtime.platformDb);
    const c = t.client(limited.host);
    const csrf = await c.csrf();
    const attempt = () => c.post('/api/auth/resident/sign-in').set('x-csrf-token', csrf).send({ email: 'nobody@example.test', password: 'wrong password' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    const b = t.client(budapest.host);
    const res = await b.post('/api/auth/resident/sign-in', await b.csrf()).send({ email: 'nobody@example.test', password: 'wrong password' });
    expect(res.status).toBe(401);
  });
});

describe('city admin API', () => {
  async function staffClient(host: string, tenantId: string, role: 'admin' | 'editor' | 'moderator' = 'admin') {
    const staff = await makeStaff(t.runtime.platformDb, tenantId, role);
    const c = t.client(host);
    await c.post('/api/auth/staff/sign-in', await c.csrf()).send({ email: staff.email, password: staff.password }).expect(200);
    return { c, staff, csrf: await c.csrf() };
  }

  it('gives a city admin their own city’s overview', async () => {
    const { c } = await staffClient(paris.host, paris.id);
    const res = await c.get('/api/admin/overview').expect(200);
    expect(res.body.tenant.name).toBe('Paris');
    expect(res.body.domains).toEqual([{ host: paris.host, primary: true }]);
    expect(res.body.staffCount).toBeGreaterThanOrEqual(1);
  });

  it('refuses a Paris admin on Budapest’s admin API', async () => {
    const { c } = await staffClient(paris.host, paris.id);
    // Same browser, Budapest's host: the Paris session does not exist there.
    const res = await c.agent.get('/api/admin/overview').set('Host', budapest.host);
    expect(res.status).toBe(401);
    const staffList = await c.agent.get('/api/admin/staff').set('Host', budapest.host);
    expect(staffList.status).toBe(401);
  });

  it('refuses residents and wrong roles', async () => {
    const resident = await makeResident(t.runtime.platformDb, paris.id);
    const r = t.client(paris.host);
    await r.post('/api/auth/resident/sign-in', await r.csrf()).send({ email: resident.email, password: resident.password }).expect(200);
    await r.get('/api/admin/overview').expect(401);
    const { c, csrf } = await staffClient(paris.host, paris.id, 'editor');
    await c.get('/api/admin/overview').expect(200);
    const res = await c.put('/api/admin/branding').set('x-csrf-token', csrf).send({}).expect(403);
    expect(res.body.error.message).toMatch(/admin role/);
  });

  it('refuses a branding with a colour pair below WCAG AA, naming it, and changes nothing', async () => {
    const { c, csrf } = await staffClient(paris.host, paris.id);
    const before = (await t.client(paris.host).get('/api/site')).body.branding;
    const res = await c
      .put('/api/admin/branding')
      .set('x-csrf-token', csrf)
      .send({ ...before, colors: { ...before.colors, onPrimary: '#3355aa' } })
      .expect(400);
    expect(res.body.error.fields['colors.onPrimary']).toMatch(/onPrimary on primary has contrast .*WCAG AA needs at least 4.5:1/);
    expect((await t.client(paris.host).get('/api/site')).body.branding).toEqual(before);
  });

  it('applies a branding change at once, records it in the audit log, and leaves other cities untouched', async () => {
    const { c, csrf, staff } = await staffClient(paris.host, paris.id);
    const budapestBefore = (await t.client(budapest.host).get('/api/site')).body.branding;
    const branding = {
      colors: { primary: '#005a32', onPrimary: '#ffffff', background: '#fbfbf8', text: '#111111' },
      logoUrl: 'https://example.test/logo.svg',
      fontFamily: 'serif',
    };
    await c.put('/api/admin/branding').set('x-csrf-token', csrf).send(branding).expect(200);
    expect((await t.client(paris.host).get('/api/site')).body.branding).toEqual(branding);
    expect((await t.client(budapest.host).get('/api/site')).body.branding).toEqual(budapestBefore);
    const audit = await c.get('/api/admin/audit?action=tenant.branding').expect(200);
    expect(audit.body.events[0]).toMatchObject({
      action: 'tenant.branding_changed',
      actorLabel: staff.email,
      after: branding,
    });
    expect(audit.body.events[0].before.colors).toBeDefined();
    const budapestAudit = await withTenant(budapest.id, () =>
      t.runtime.db.auditEvent.findMany({ where: { tenantId: budapest.id, action: 'tenant.branding_changed' } }),
    );
    expect(budapestAudit).toEqual([]);
  });

  it('rejects a malformed audit filter with a 400 naming the parameter', async () => {
    const { c } = await staffClient(paris.host, paris.id);
    const res = await c.get('/api/admin/audit?limit=5000').expect(400);
    expect(res.body.error.fields.limit).toBeDefined();
  });
});

describe('operator console API', () => {
  it('is reachable only on the console host, signed in as an operator', async () => {
    const c = t.client('console.localhost');
    await c.get('/api/console/tenants').expect(401);
    await c.get('/api/console/provisioning').expect(401);
    await c.post('/api/console/cities', await c.csrf()).send({}).expect(401);
    await c.delete(`/api/console/tenants/${paris.id}`, await c.csrf()).send({ confirmSlug: paris.slug }).expect(401);
    const onCity = await t.client(paris.host).get('/api/console/tenants');
    expect(onCity.status).toBe(404);
  });
});
