import { withTenant } from '@civitas/db';
import { closeWorkers, redisForWaiting, runWorkers } from '@civitas/jobs';
import { moduleJobHandlers } from '@civitas/module-host';
import { createModuleRegistry } from '@civitas/module-sdk';
import { setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import { makeResident, makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveExpiredJob } from './archive-expired-job.ts';
import { dateToCityTime } from '@civitas/module-sdk/time';
import { noticesModule } from './module.ts';
import type { AdminNoticesJson, BannerJson, NoticeJson, NoticesJson } from './notices-api-types.ts';
import { createNotice, findNotice, listActiveNotices } from './notices-repository.ts';

// The whole platform (host resolution, sessions, CSRF, the module mount, the job host) with only this module installed.
const registry = createModuleRegistry([noticesModule]);
const API = '/api/m/notices';

let t: Awaited<ReturnType<typeof openTestApp>>;
type City = Awaited<ReturnType<typeof cityWithNotices>>;
type Session = Awaited<ReturnType<typeof signIn>>;
let a: City;
let b: City;
let editorA: Session;
let moderatorA: Session;
let residentA: Session;
let editorB: Session;

const HOUR = 3600_000;
// Times as staff type them: the city's wall clock (the test cities are in Europe/Paris).
const cityTime = (offsetMs: number) => dateToCityTime(new Date(Date.now() + offsetMs), 'Europe/Paris');
const notice = (over: Record<string, unknown> = {}) => ({ title: 'Road works', body: 'Rue de Rivoli is closed.', severity: 'warning', ...over });
const pastNotice = (title: string) => ({
  title,
  body: 'x',
  severity: 'info' as const,
  startsAt: new Date(Date.now() - 2 * HOUR),
  endsAt: new Date(Date.now() - HOUR),
});

interface AuditJson {
  action: string;
  actorType: string;
  actorId: string | null;
  targetType: string;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

/** A client on the city's host; writes carry the session's CSRF token, fetched before the request is created. */
async function session<A extends { id: string; email: string; password: string }>(host: string, signInAs?: { kind: 'staff' | 'resident'; account: A }) {
  const c = t.client(host);
  if (signInAs) {
    const { email, password } = signInAs.account;
    await c.post(`/api/auth/${signInAs.kind}/sign-in`, await c.csrf()).send({ email, password }).expect(200);
  }
  const csrf = await c.csrf();
  return {
    c,
    account: signInAs?.account,
    get: (path: string) => c.get(`${API}${path}`),
    post: (path: string) => c.post(`${API}${path}`, csrf),
    put: (path: string) => c.put(`${API}${path}`, csrf),
    delete: (path: string) => c.delete(`${API}${path}`).set('x-csrf-token', csrf),
    /** Replaces the city's settings for the module, as its admin does in the catalogue. */
    settings: (settings: Record<string, unknown>) => c.put('/api/admin/modules/notices/settings', csrf).send({ settings }).expect(200),
  };
}

const signIn = <A extends { id: string; email: string; password: string }>(city: { host: string }, account: A, kind: 'staff' | 'resident' = 'staff') =>
  session(city.host, { kind, account });

/** A city whose plan includes the module and whose admin has switched it on. */
async function cityWithNotices(options: { enabled?: boolean } = {}) {
  const db = t.runtime.platformDb;
  const city = await makeTenant(db);
  await setEntitlements(db, city.id, ['notices'], 'test');
  const admin = await signIn(city, await makeStaff(db, city.id, 'admin'));
  if (options.enabled !== false) await admin.c.post('/api/admin/modules/notices/enable', await admin.c.csrf()).send({}).expect(200);
  return { ...city, admin };
}

/** The city's audit entries about one target, oldest first, as its admin reads them. */
async function auditOf(city: City, targetId: string) {
  const res = await city.admin.c.get('/api/admin/audit?action=notices.&limit=200').expect(200);
  return (res.body.events as AuditJson[]).filter((e) => e.targetId === targetId).reverse();
}

const publish = async (as: Session, body: Record<string, unknown>) => (await as.post('/notices').send(body).expect(201)).body.notice as NoticeJson;
const read = async <T>(city: { host: string }, path: string) => (await t.client(city.host).get(`${API}${path}`).expect(200)).body as T;
const queue = () => t.runtime.jobs.queue(archiveExpiredJob.name);
const archiveJobId = (tenantId: string, n: NoticeJson) => `notices.archive-expired.${tenantId}.${n.id}.${Date.parse(n.endsAt!)}`;
/** The platform's handlers for this registry: the module's own run only where the module is on. */
const handlers = () => moduleJobHandlers(t.runtime.db, registry, t.runtime.modules);
const archive = (payload: { tenantId: string; noticeId: string; endsAt: string }) =>
  withTenant(payload.tenantId, () => handlers().find((h) => h.definition.name === archiveExpiredJob.name)!.handle(payload, undefined as never));
const archivedAtOf = async (tenantId: string, id: string) => (await withTenant(tenantId, () => findNotice(t.runtime.db, id)))?.archivedAt;

beforeAll(async () => {
  t = await openTestApp({}, registry);
  await shareModuleAsPlatform(t.runtime.platformDb, 'notices', 'test');
  a = await cityWithNotices();
  b = await cityWithNotices();
  const db = t.runtime.platformDb;
  editorA = await signIn(a, await makeStaff(db, a.id, 'editor'));
  moderatorA = await signIn(a, await makeStaff(db, a.id, 'moderator'));
  residentA = await signIn(a, await makeResident(db, a.id), 'resident');
  editorB = await signIn(b, await makeStaff(db, b.id, 'editor'));
});

afterAll(async () => {
  if (!t) return;
  for (const name of [archiveExpiredJob.name, 'modules.lifecycle']) await t.runtime.jobs.queue(name).obliterate({ force: true });
  await t.close();
});

describe('publishing', () => {
  it('stores times typed on the city’s clock, audits, and schedules the archiving at the end', async () => {
    const endsAt = cityTime(2 * HOUR);
    const res = await editorA.post('/notices').send(notice({ endsAt })).expect(201);
    const published = res.body.notice as NoticeJson;
    expect(published.status).toBe('active');
    expect(dateToCityTime(new Date(published.endsAt!), 'Europe/Paris')).toBe(endsAt);

    const job = await queue().getJob(archiveJobId(a.id, published));
    expect(job?.data).toEqual({ tenantId: a.id, noticeId: published.id, endsAt: published.endsAt });
    expect(await job?.getState()).toBe('delayed');
    const due = job!.timestamp + job!.delay;
    expect(Math.abs(due - (Date.parse(published.endsAt!) + 1000))).toBeLessThan(5000);

    const [event, ...more] = await auditOf(a, published.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      action: 'notices.notice_published',
      actorType: 'staff',
      actorId: editorA.account!.id,
      targetType: 'notices_notice',
      requestId: res.headers['x-request-id'],
    });
    expect(event!.after).toMatchObject({ title: 'Road works', severity: 'warning', endsAt: published.endsAt });
  });

  it('schedules nothing for a notice without an end', async () => {
    const published = await publish(editorA, notice({ title: 'Open-ended' }));
    const ids = (await queue().getJobs(['delayed', 'waiting'])).map((j) => j?.id ?? '');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => id.includes(published.id))).toEqual([]);
  });

  it('answers 400 naming the fields at fault', async () => {
    const res = await editorA.post('/notices').send(notice({ severity: 'panic', startsAt: cityTime(HOUR), endsAt: cityTime(0) })).expect(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['severity']);
    const order = await editorA.post('/notices').send(notice({ startsAt: cityTime(HOUR), endsAt: cityTime(0) })).expect(400);
    expect(order.body.error.fields).toEqual({ endsAt: 'The end must be after the start' });
  });

  it('refuses anyone without notices.publish', async () => {
    const anonymous = await session(a.host);
    await anonymous.post('/notices').send(notice({ title: 'Not allowed' })).expect(401);
    await moderatorA.post('/notices').send(notice({ title: 'Not allowed' })).expect(403);
    await residentA.post('/notices').send(notice({ title: 'Not allowed' })).expect(401);
    await moderatorA.get('/admin/notices').expect(403);
    await residentA.get('/admin/notices').expect(401);

    const existing = await publish(editorA, notice({ title: 'Stays' }));
    await moderatorA.put(`/notices/${existing.id}`).send(notice({ title: 'Changed' })).expect(403);
    await moderatorA.post(`/notices/${existing.id}/end`).expect(403);
    await moderatorA.delete(`/notices/${existing.id}`).expect(403);
    await anonymous.delete(`/notices/${existing.id}`).expect(401);
    expect(await withTenant(a.id, () => findNotice(t.runtime.db, existing.id))).toMatchObject({ title: 'Stays', endsAt: null });
    const staffView = (await editorA.get('/admin/notices').expect(200)).body as AdminNoticesJson;
    expect(staffView.notices.map((n) => n.title)).not.toContain('Not allowed');
  });
});

describe('what residents see', () => {
  it('shows active notices only, most severe first, as many as the city allows in the banner', async () => {
    const city = await cityWithNotices();
    const editor = city.admin;
    const info = await publish(editor, notice({ title: 'Info', severity: 'info' }));
    const alert = await publish(editor, notice({ title: 'Alert', severity: 'alert', endsAt: cityTime(HOUR) }));
    const scheduled = await publish(editor, notice({ title: 'Later', severity: 'alert', startsAt: cityTime(24 * HOUR) }));
    const ended = await withTenant(city.id, () => createNotice(t.runtime.db, pastNotice('Over')));
    expect(scheduled.status).toBe('scheduled');

    const banner = await read<BannerJson>(city, '/banner');
    expect(banner.notices.map((n) => n.title)).toEqual(['Alert']);
    expect(banner).toMatchObject({ showOnEveryPage: true, timeZone: 'Europe/Paris' });

    await city.admin.settings({ maxBannerNotices: 3, showOnEveryPage: false });
    const wider = await read<BannerJson>(city, '/banner');
    expect(wider.notices.map((n) => n.id)).toEqual([alert.id, info.id]);
    expect(wider.showOnEveryPage).toBe(false);

    const page = await read<NoticesJson>(city, '/notices');
    expect(page.current.map((n) => n.id)).toEqual([alert.id, info.id]);
    expect(page.recent.map((n) => n.id)).toEqual([ended.id]);

    const staffView = (await editor.get('/admin/notices').expect(200)).body as AdminNoticesJson;
    expect(staffView.notices.map((n) => n.status).sort()).toEqual(['active', 'active', 'ended', 'scheduled']);
  });
});

describe('editing, ending and archiving', () => {
  it('reschedules when the end moves; the job for the old end leaves the notice alone', async () => {
    const first = await publish(editorA, notice({ title: 'Moving end', endsAt: cityTime(HOUR) }));
    const later = cityTime(5 * HOUR);
    const { body } = await editorA.put(`/notices/${first.id}`).send(notice({ title: 'Moving end', endsAt: later })).expect(200);
    const moved = body.notice as NoticeJson;
    expect(moved.startsAt).toBe(first.startsAt); // no start given: it keeps its own
    const job = await queue().getJob(archiveJobId(a.id, moved));
    expect(job?.data).toEqual({ tenantId: a.id, noticeId: first.id, endsAt: moved.endsAt });
    expect(Math.abs(job!.timestamp + job!.delay - (Date.parse(moved.endsAt!) + 1000))).toBeLessThan(5000);

    // The same end again: no new job.
    const before = (await queue().getJobs(['delayed'])).length;
    await editorA.put(`/notices/${first.id}`).send(notice({ title: 'Moving end, retitled', endsAt: later })).expect(200);
    expect((await queue().getJobs(['delayed'])).length).toBe(before);

    expect(await archive({ tenantId: a.id, noticeId: first.id, endsAt: first.endsAt! })).toEqual({ archived: false });
    expect(await archivedAtOf(a.id, first.id)).toBeNull();

    const events = await auditOf(a, first.id);
    expect(events.map((e) => e.action)).toEqual(['notices.notice_published', 'notices.notice_updated', 'notices.notice_updated']);
    expect(events[1]!.before).toMatchObject({ endsAt: first.endsAt });
    expect(events[1]!.after).toMatchObject({ endsAt: moved.endsAt });
    expect(events[1]!.after).not.toHaveProperty('status');
  });

  it('ends a notice now, scheduling its archiving; the archiving then runs once however often it is delivered', async () => {
    const running = await publish(editorA, notice({ title: 'Ending' }));
    const { body } = await editorA.post(`/notices/${running.id}/end`).expect(200);
    const ended = body.notice as NoticeJson;
    expect(ended.status).toBe('ended');
    await editorA.post(`/notices/${running.id}/end`).expect(409);
    const banner = await read<BannerJson>(a, '/banner');
    expect(banner.notices.map((n) => n.id)).not.toContain(running.id);
    expect(await queue().getJob(archiveJobId(a.id, ended))).toBeTruthy();
    expect((await auditOf(a, running.id)).map((e) => e.action)).toEqual(['notices.notice_published', 'notices.notice_ended']);

    const payload = { tenantId: a.id, noticeId: running.id, endsAt: ended.endsAt! };
    expect(await archive(payload)).toEqual({ archived: true });
    const archivedAt = await archivedAtOf(a.id, running.id);
    expect(archivedAt).toBeInstanceOf(Date);
    expect(await archive(payload)).toEqual({ archived: false });
    expect(await archivedAtOf(a.id, running.id)).toEqual(archivedAt);
  });

  it('archives through a real worker, in the notice’s city scope, and only where the module is on', async () => {
    const city = await cityWithNotices();
    const running = await publish(city.admin, notice({ title: 'Ends now' }));
    const off = await cityWithNotices({ enabled: false });
    const stranded = await withTenant(off.id, () => createNotice(t.runtime.db, pastNotice('In a city without the module')));

    const eventsConnection = redisForWaiting(t.runtime.redis);
    const events = new QueueEvents(archiveExpiredJob.name, { connection: eventsConnection, prefix: `${t.runtime.config.REDIS_PREFIX}:bull` });
    await events.waitUntilReady();
    const workers = runWorkers(handlers(), { connection: t.runtime.redis, prefix: t.runtime.config.REDIS_PREFIX });
    try {
      // Ending through the API enqueues the archiving a second after the end; the worker runs it then.
      const ended = (await city.admin.post(`/notices/${running.id}/end`).expect(200)).body.notice as NoticeJson;
      const id = archiveJobId(city.id, ended);
      expect(await (await queue().getJob(id))!.waitUntilFinished(events, 20_000)).toEqual({ archived: true });
      const archivedAt = await archivedAtOf(city.id, running.id);
      expect(archivedAt).toBeInstanceOf(Date);

      // Delivered again: the same id is one job, and running it once more changes nothing.
      const payload = { tenantId: city.id, noticeId: running.id, endsAt: ended.endsAt! };
      expect(await t.runtime.jobs.enqueue(archiveExpiredJob, payload)).toBe(id);
      expect(await archive(payload)).toEqual({ archived: false });
      expect(await archivedAtOf(city.id, running.id)).toEqual(archivedAt);

      const elsewhere = await t.runtime.jobs.enqueue(archiveExpiredJob, { tenantId: off.id, noticeId: stranded.id, endsAt: stranded.endsAt!.toISOString() });
      expect(await (await queue().getJob(elsewhere))!.waitUntilFinished(events, 20_000)).toEqual({ skipped: 'module not active for this city' });
    } finally {
      await closeWorkers(workers);
      await events.close();
      eventsConnection.disconnect();
    }
    expect(await archivedAtOf(off.id, stranded.id)).toBeNull();
  });

  it('deletes a notice, auditing what it was', async () => {
    const doomed = await publish(editorA, notice({ title: 'Typo' }));
    await editorA.delete(`/notices/${doomed.id}`).expect(204);
    await editorA.delete(`/notices/${doomed.id}`).expect(404);
    await editorA.put('/notices/not-a-uuid').send(notice()).expect(404);
    await editorA.post('/notices/not-a-uuid/end').expect(404);
    const events = await auditOf(a, doomed.id);
    expect(events.map((e) => e.action)).toEqual(['notices.notice_published', 'notices.notice_deleted']);
    expect(events[1]!.before).toMatchObject({ title: 'Typo' });
  });
});

describe('two cities', () => {
  it('never shows one city’s notices to another, nor lets it change them', async () => {
    const ofB = await publish(editorB, notice({ title: 'Only in B', severity: 'alert', endsAt: cityTime(HOUR) }));
    await a.admin.settings({ maxBannerNotices: 5 });
    const banner = await read<BannerJson>(a, '/banner');
    const page = await read<NoticesJson>(a, '/notices');
    const staffView = (await editorA.get('/admin/notices').expect(200)).body as AdminNoticesJson;
    for (const list of [banner.notices, page.current, page.recent, staffView.notices]) {
      expect(list.map((n) => n.id)).not.toContain(ofB.id);
    }
    expect(staffView.notices.length).toBeGreaterThan(0);
    expect(banner.notices.length).toBeGreaterThan(0);
    await editorA.put(`/notices/${ofB.id}`).send(notice({ title: 'Hijacked' })).expect(404);
    await editorA.post(`/notices/${ofB.id}/end`).expect(404);
    await editorA.delete(`/notices/${ofB.id}`).expect(404);

    const rowsA = await withTenant(a.id, () => listActiveNotices(t.runtime.db, new Date()));
    expect(rowsA.every((r) => r.tenantId === a.id)).toBe(true);
    const still = await withTenant(b.id, () => findNotice(t.runtime.db, ofB.id));
    expect(still).toMatchObject({ title: 'Only in B', endsAt: new Date(ofB.endsAt!), archivedAt: null });
    expect(await auditOf(a, ofB.id)).toEqual([]);
  });

  it('does not take another city’s staff for its own', async () => {
    const staffB = await makeStaff(t.runtime.platformDb, b.id, 'editor');
    const c = t.client(a.host);
    const refused = await c.post('/api/auth/staff/sign-in', await c.csrf()).send({ email: staffB.email, password: staffB.password }).expect(401);
    expect(refused.body.error.code).toBe('invalid_credentials');
    // B's session cookie presented on A's host is no session there.
    const fromB = await signIn(b, staffB);
    await fromB.get('/admin/notices').expect(200);
    await fromB.c.agent.get(`${API}/admin/notices`).set('Host', a.host).expect(401);
  });

  it('answers 404 module_not_available in a city that has not switched it on, even for an existing id', async () => {
    const off = await cityWithNotices({ enabled: false });
    const ofA = await publish(editorA, notice({ title: 'Seen only in A' }));
    for (const res of [
      await t.client(off.host).get(`${API}/banner`),
      await t.client(off.host).get(`${API}/notices`),
      await off.admin.get('/admin/notices'),
      await off.admin.post('/notices').send(notice()),
      await off.admin.put(`/notices/${ofA.id}`).send(notice()),
      await off.admin.post(`/notices/${ofA.id}/end`),
      await off.admin.delete(`/notices/${ofA.id}`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('module_not_available');
    }
  });

  it('refuses, at the database, a notice written for another city', async () => {
    await expect(
      withTenant(a.id, () => t.runtime.db.noticesNotice.create({ data: { ...pastNotice('Smuggled'), tenantId: b.id } })),
    ).rejects.toThrow();
    expect(await t.runtime.platformDb.noticesNotice.count({ where: { title: 'Smuggled' } })).toBe(0);
  });

  it('cannot archive another city’s notice from a job of this city', async () => {
    const city = await cityWithNotices();
    const theirs = await withTenant(city.id, () => createNotice(t.runtime.db, pastNotice('Theirs')));
    expect(await archive({ tenantId: a.id, noticeId: theirs.id, endsAt: theirs.endsAt!.toISOString() })).toEqual({ archived: false });
    expect(await archivedAtOf(city.id, theirs.id)).toBeNull();
  });

  it('declares its job to the platform and refuses a payload without a tenant', () => {
    expect(noticesModule.jobs!({ db: t.runtime.db }).map((h) => h.definition.name)).toEqual(['notices.archive-expired']);
    expect(handlers().map((h) => h.definition.name)).toEqual(['modules.lifecycle', 'notices.archive-expired']);
    expect(() => archiveExpiredJob.payload.parse({ noticeId: crypto.randomUUID(), endsAt: new Date().toISOString() })).toThrow(/tenantId/);
  });
});
