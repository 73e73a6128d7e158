import { strFromU8, unzipSync } from 'fflate';
import { setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import { makeResident, makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: Awaited<ReturnType<typeof openTestApp>>;
let paris: Awaited<ReturnType<typeof makeTenant>>;
let budapest: Awaited<ReturnType<typeof makeTenant>>;

beforeAll(async () => {
  t = await openTestApp({ SIGN_IN_RATE_LIMIT: '50' });
  t.startWorker();
  paris = await makeTenant(t.runtime.platformDb, { name: 'Paris', locales: ['fr', 'en'] });
  budapest = await makeTenant(t.runtime.platformDb, { name: 'Budapest', locales: ['hu', 'en'] });
  await t.runtime.platformDb.tenant.update({ where: { id: paris.id }, data: { districts: ['1er', '2e', '3e'] } });
  await t.runtime.resolver.invalidateAll();
});
afterAll(() => t.close());

const tokenFrom = (link: string) => new URL(link).searchParams.get('token')!;
const linkIn = (text: string) => /https?:\/\/\S+/.exec(text)![0];

async function signUp(host: string, email: string, password = 'a long enough password') {
  const c = t.client(host);
  const res = await c.post('/api/auth/resident/sign-up', await c.csrf()).send({ email, password, displayName: 'Ana' });
  expect(res.status).toBe(201);
  return c;
}

async function signIn(host: string, email: string, password: string) {
  const c = t.client(host);
  const res = await c.post('/api/auth/resident/sign-in', await c.csrf()).send({ email, password });
  return { c, res };
}

describe('email verification', () => {
  it('emails a link on the city’s own domain, in the city’s language, that verifies once', async () => {
    const c = await signUp(paris.host, 'verify@example.test');
    expect((await c.get('/api/session')).body.user.emailVerified).toBe(false);
    const mail = await t.smtp.waitFor((m) => m.to.includes('verify@example.test'));
    expect(mail.from).toContain(`no-reply@${paris.host}`);
    expect(mail.subject).toMatch(/adresse|e-mail/i); // French: the city's default language
    const link = linkIn(mail.text);
    expect(new URL(link).host).toBe(`${paris.host}:3000`);
    expect(new URL(link).pathname).toBe('/verify-email');

    await c.post('/api/auth/resident/verify-email', await c.csrf()).send({ token: tokenFrom(link) }).expect(200);
    expect((await c.get('/api/session')).body.user.emailVerified).toBe(true);
    const again = await c.post('/api/auth/resident/verify-email', await c.csrf()).send({ token: tokenFrom(link) });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('token_used');
  });

  it('never accepts one city’s token on another city’s host', async () => {
    await signUp(paris.host, 'crossing@example.test');
    const mail = await t.smtp.waitFor((m) => m.to.includes('crossing@example.test'));
    const b = t.client(budapest.host);
    const res = await b.post('/api/auth/resident/verify-email', await b.csrf()).send({ token: tokenFrom(linkIn(mail.text)) });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('token_invalid');
  });
});

describe('password reset', () => {
  it('answers the same whether or not the address has an account, and emails only the account', async () => {
    const resident = await makeResident(t.runtime.platformDb, paris.id);
    const c = t.client(paris.host);
    const known = await c.post('/api/auth/password-reset/request', await c.csrf()).send({ email: resident.email });
    const unknown = await c.post('/api/auth/password-reset/request', await c.csrf()).send({ email: 'nobody-here@example.test' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    await t.smtp.waitFor((m) => m.to.includes(resident.email) && /reset-password/.test(m.text));
    await new Promise((r) => setTimeout(r, 300));
    expect(t.smtp.messages.some((m) => m.to.includes('nobody-here@example.test'))).toBe(false);
  });

  it('sets a new password once, ends every other session, and refuses an expired link', async () => {
    const resident = await makeResident(t.runtime.platformDb, paris.id);
    const other = await signIn(paris.host, resident.email, resident.password);
    expect(other.res.status).toBe(200);

    const c = t.client(paris.host);
    await c.post('/api/auth/password-reset/request', await c.csrf()).send({ email: resident.email }).expect(202);
    const mail = await t.smtp.waitFor((m) => m.to.includes(resident.email) && /reset-password/.test(m.text));
    const link = linkIn(mail.text);
    expect(new URL(link).host).toBe(`${paris.host}:3000`);
    const token = tokenFrom(link);
    const tooShort = await c.post('/api/auth/password-reset/complete', await c.csrf()).send({ token, password: 'short' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.fields.password).toMatch(/at least 10/);
    await c.post('/api/auth/password-reset/complete', await c.csrf()).send({ token, password: 'a brand new password' }).expect(200);
    const reused = await c.post('/api/auth/password-reset/complete', await c.csrf()).send({ token, password: 'another new password' });
    expect(reused.status).toBe(410);

    expect((await other.c.get('/api/session')).body.user).toBeNull();
    expect((await signIn(paris.host, resident.email, resident.password)).res.status).toBe(401);
    expect((await signIn(paris.host, resident.email, 'a brand new password')).res.status).toBe(200);
    await t.smtp.waitFor((m) => m.to.includes(resident.email) && m.text.includes(resident.displayName) && !/token=/.test(m.text));

    await c.post('/api/auth/password-reset/request', await c.csrf()).send({ email: resident.email }).expect(202);
    const second = await t.smtp.waitFor((m) => m.to.includes(resident.email) && /reset-password/.test(m.text) && m !== mail);
    await t.runtime.platformDb.accountToken.updateMany({ where: { tenantId: paris.id, accountId: resident.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await c.post('/api/auth/password-reset/complete', await c.csrf()).send({ token: tokenFrom(linkIn(second.text)), password: 'yet another password' });
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('token_expired');
  });

  it('limits reset requests per city and address', async () => {
    const limited = await openTestApp({ SIGN_IN_RATE_LIMIT: '1' });
    try {
      const city = await makeTenant(limited.runtime.platformDb);
      const c = limited.client(city.host);
      const csrf = await c.csrf();
      const codes = [];
      for (let i = 0; i < 6; i++) codes.push((await c.post('/api/auth/password-reset/request', csrf).send({ email: `x${i}@example.test` })).status);
      expect(codes.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
      expect(codes[5]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('profile and email change', () => {
  it('keeps district to the city’s list and birth year to real years', async () => {
    const resident = await makeResident(t.runtime.platformDb, paris.id);
    const { c } = await signIn(paris.host, resident.email, resident.password);
    const profile = await c.get('/api/account/profile').expect(200);
    expect(profile.body.districts).toEqual(['1er', '2e', '3e']);
    const bad = await c.put('/api/account/profile', await c.csrf()).send({ displayName: 'Léa', district: 'Buda', birthYear: 1850 }).expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['birthYear', 'district']);
    const ok = await c.put('/api/account/profile', await c.csrf()).send({ displayName: 'Léa', district: '2e', birthYear: 1990 }).expect(200);
    expect(ok.body.profile).toMatchObject({ displayName: 'Léa', district: '2e', birthYear: 1990 });
  });

  it('changes the email address only once the new address is confirmed', async () => {
    const resident = await makeResident(t.runtime.platformDb, paris.id);
    const { c } = await signIn(paris.host, resident.email, resident.password);
    const wrong = await c.post('/api/account/email', await c.csrf()).send({ email: 'new-address@example.test', password: 'wrong' });
    expect(wrong.status).toBe(400);
    await c.post('/api/account/email', await c.csrf()).send({ email: 'new-address@example.test', password: resident.password }).expect(202);
    expect((await c.get('/api/account/profile')).body.profile.email).toBe(resident.email);
    const mail = await t.smtp.waitFor((m) => m.to.includes('new-address@example.test'));
    await c.post('/api/auth/resident/confirm-email', await c.csrf()).send({ token: tokenFrom(linkIn(mail.text)) }).expect(200);
    expect((await c.get('/api/account/profile')).body.profile).toMatchObject({ email: 'new-address@example.test', emailVerified: true });
  });
});

describe('security', () => {
  it('slows repeated failures on one account and records the burst in the audit log', async () => {
    const resident = await makeResident(t.runtime.platformDb, budapest.id);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      expect((await signIn(budapest.host, resident.email, 'wrong password')).res.status).toBe(401);
      times.push(Date.now() - started);
    }
    // The 4th and 5th failures wait at least 250 ms and 500 ms before answering.
    expect(times[3]).toBeGreaterThanOrEqual(240);
    expect(times[4]).toBeGreaterThanOrEqual(490);
    const burst = await t.runtime.platformDb.auditEvent.findMany({ where: { tenantId: budapest.id, action: 'security.sign_in_failures', targetId: resident.id } });
    expect(burst).toHaveLength(1);
    // A success clears the count: the next failure is the first again, with no wait.
    const counter = `${t.runtime.config.REDIS_PREFIX}:signin-fail:${budapest.id}:${resident.email}`;
    expect(await t.runtime.redis.get(counter)).toBe('5');
    expect((await signIn(budapest.host, resident.email, resident.password)).res.status).toBe(200);
    expect(await t.runtime.redis.get(counter)).toBeNull();
    await signIn(budapest.host, resident.email, 'wrong password');
    expect(await t.runtime.redis.get(counter)).toBe('1');
  });

  it('signs out everywhere', async () => {
    const resident = await makeResident(t.runtime.platformDb, paris.id);
    const one = await signIn(paris.host, resident.email, resident.password);
    const two = await signIn(paris.host, resident.email, resident.password);
    await one.c.post('/api/account/sign-out-everywhere', await one.c.csrf()).send({}).expect(204);
    expect((await two.c.get('/api/session')).body.user).toBeNull();
    expect((await one.c.get('/api/session')).body.user).toBeNull();
    expect((await signIn(paris.host, resident.email, resident.password)).res.status).toBe(200);
  });
});

describe('privacy', () => {
  it('builds a readable archive of the resident’s data, emails the link, and serves it to them alone', async () => {
    const resident = await makeResident(t.runtime.platformDb, paris.id);
    const { c } = await signIn(paris.host, resident.email, resident.password);
    const requested = await c.post('/api/account/exports', await c.csrf()).send({}).expect(202);
    const id = requested.body.export.id;
    await t.smtp.waitFor((m) => m.to.includes(resident.email) && /account\/privacy/.test(m.text), 15_000);
    const list = await c.get('/api/account/exports').expect(200);
    expect(list.body.exports[0]).toMatchObject({ id, status: 'ready' });
    const download = await c.get(`/api/account/exports/${id}/download`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(download.body as Buffer));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.txt', 'account.json', 'activity.json']));
    expect(JSON.parse(strFromU8(files['account.json']!))).toMatchObject({ email: resident.email, displayName: resident.displayName });

    const someoneElse = await makeResident(t.runtime.platformDb, paris.id);
    const other = await signIn(paris.host, someoneElse.email, someoneElse.password);
    await other.c.get(`/api/account/exports/${id}/download`).expect(404);
  });

  it('deletes the account, keeps no name in the audit log, and confirms by email', async () => {
    const resident = await makeResident(t.runtime.platformDb, paris.id);
    const { c } = await signIn(paris.host, resident.email, resident.password);
    const unconfirmed = await c.delete('/api/account').set('x-csrf-token', await c.csrf()).send({ password: resident.password });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.fields.confirm).toBeDefined();
    await c.delete('/api/account').set('x-csrf-token', await c.csrf()).send({ password: resident.password, confirm: 'DELETE' }).expect(204);
    expect(await t.runtime.platformDb.resident.count({ where: { tenantId: paris.id, id: resident.id } })).toBe(0);
    expect((await signIn(paris.host, resident.email, resident.password)).res.status).toBe(401);
    const entries = await t.runtime.platformDb.auditEvent.findMany({ where: { tenantId: paris.id, OR: [{ actorId: resident.id }, { targetId: resident.id }] } });
    expect(entries.map((e) => e.action)).toContain('resident.deleted');
    expect(JSON.stringify(entries)).not.toContain(resident.email);
    expect(JSON.stringify(entries)).not.toContain(resident.displayName);
    await t.smtp.waitFor((m) => m.to.includes(resident.email) && !/token=/.test(m.text) && m.text.includes(resident.displayName) && /suppr|delet/i.test(m.subject + m.text));
  });

  it('publishes what the city keeps and why, naming only the modules it has switched on', async () => {
    const sources = async (host: string) => ((await t.client(host).get('/api/site/privacy').expect(200)).body.statements as { source: string }[]).map((s) => s.source);
    const res = await t.client(paris.host).get('/api/site/privacy').expect(200);
    expect(res.body.statements[0].text.fr).toMatch(/compte/);
    expect(await sources(paris.host)).toEqual(['account', 'account']);

    await shareModuleAsPlatform(t.runtime.platformDb, 'news', 'test');
    await setEntitlements(t.runtime.platformDb, paris.id, ['news'], 'test');
    const admin = t.client(paris.host);
    const account = await makeStaff(t.runtime.platformDb, paris.id, 'admin');
    const csrf = await admin.csrf();
    await admin.post('/api/auth/staff/sign-in', csrf).send(account).expect(200);
    await admin.post('/api/admin/modules/news/enable', await admin.csrf()).send({}).expect(200);
    expect(await sources(paris.host)).toEqual(['account', 'account', 'news']);
    // Budapest has not switched it on: its statement does not mention it.
    expect(await sources(budapest.host)).toEqual(['account', 'account']);
  });
});
