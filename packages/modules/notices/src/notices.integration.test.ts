import { createAppDatabase, createPlatformDatabase, withTenant } from '@civitas/db';
import { JobQueues, closeWorkers, runWorkers } from '@civitas/jobs';
import { makeResident, makeStaff, makeTenant } from '@civitas/testing';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { archiveExpiredHandler, archiveExpiredJob } from './archive-expired-job.ts';
import { dateToCityTime } from './city-time.ts';
import { moduleTestApp } from './module-test-app.ts';
import { noticesModule } from './module.ts';
import type { AdminNoticesJson, BannerJson, NoticeJson, NoticesJson } from './notices-api-types.ts';
import { createNotice, findNotice, listActiveNotices } from './notices-repository.ts';

const urls = inject('databaseUrls');
const app = createAppDatabase({ url: urls.app, max: 4 });
const platform = createPlatformDatabase({ url: urls.platform });
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const prefix = `civitas-test-${randomBytes(4).toString('hex')}`;
const jobs = new JobQueues(redis, prefix);
const settings = new Map<string, Record<string, unknown>>();
const http = supertest(
  moduleTestApp({ db: app.db, platformDb: platform.platformDb, module: noticesModule, settings, enqueue: (job, p, o) => jobs.enqueue(job, p, o) }),
);
const archive = archiveExpiredHandler(app.db);

type City = Awaited<ReturnType<typeof makeTenant>>;
let a: City;
let b: City;
let editorA: { id: string };
let moderatorA: { id: string };
let editorB: { id: string };
let residentA: { id: string };

const HOUR = 3600_000;
// Times as staff type them: the city's wall clock (the test cities are in Europe/Paris).
const cityTime = (offsetMs: number) => dateToCityTime(new Date(Date.now() + offsetMs), 'Europe/Paris');
const notice = (over: Record<string, unknown> = {}) => ({ title: 'Road works', body: 'Rue de Rivoli is closed.', severity: 'warning', ...over });

const as = (city: City, staff?: { id: string }) => {
  const h = (t: supertest.Test) => (staff ? t.set('x-test-city', city.id).set('x-test-staff', staff.id) : t.set('x-test-city', city.id));
  return {
    get: (path: string) => h(http.get(path)),
    post: (path: string) => h(http.post(path)),
    put: (path: string) => h(http.put(path)),
    delete: (path: string) => h(http.delete(path)),
  };
};
const publish = async (city: City, staff: { id: string }, body: Record<string, unknown>) =>
  (await as(city, staff).post('/notices').send(body).expect(201)).body.notice as NoticeJson;
const queue = () => jobs.queue(archiveExpiredJob.name);

beforeAll(async () => {
  await app.warmUp();
  a = await makeTenant(platform.platformDb);
  b = await makeTenant(platform.platformDb);
  editorA = await makeStaff(platform.platformDb, a.id, 'editor');
  moderatorA = await makeStaff(platform.platformDb, a.id, 'moderator');
  editorB = await makeStaff(platform.platformDb, b.id, 'editor');
  residentA = await makeResident(platform.platformDb, a.id);
});

afterAll(async () => {
  await queue().obliterate({ force: true });
  await jobs.close();
  redis.disconnect();
  await app.close();
  await platform.close();
});

describe('publishing', () => {
  it('stores times typed on the city’s clock, audits, and schedules the archiving at the end', async () => {
    const endsAt = cityTime(2 * HOUR);
    const published = await publish(a, editorA, notice({ endsAt }));
    expect(published.status).toBe('active');
    expect(dateToCityTime(new Date(published.endsAt!), 'Europe/Paris')).toBe(endsAt);

    const job = await queue().getJob(`notices.archive-expired.${a.id}.${published.id}.${Date.parse(published.endsAt!)}`);
    expect(job?.data).toEqual({ tenantId: a.id, noticeId: published.id, endsAt: published.endsAt });
    expect(await job?.getState()).toBe('delayed');
    const due = job!.timestamp + job!.delay;
    expect(Math.abs(due - (Date.parse(published.endsAt!) + 1000))).toBeLessThan(5000);

    const [event] = await platform.platformDb.auditEvent.findMany({ where: { tenantId: a.id, targetId: published.id } });
    expect(event).toMatchObject({ action: 'notices.notice_published', actorId: editorA.id, targetType: 'notices_notice' });
    expect(event!.after).toMatchObject({ title: 'Road works', severity: 'warning', endsAt: published.endsAt });
  });

  it('schedules nothing for a notice without an end', async () => {
    const published = await publish(a, editorA, notice({ title: 'Open-ended' }));
    const ids = (await queue().getJobs(['delayed', 'waiting'])).map((j) => j?.id ?? '');
    expect(ids.filter((id) => id.includes(published.id))).toEqual([]);
  });

  it('answers 400 naming the fields at fault', async () => {
    const res = await as(a, editorA).post('/notices').send(notice({ severity: 'panic', startsAt: cityTime(HOUR), endsAt: cityTime(0) })).expect(400);
    expect(Object.keys(res.body.error.fields)).toEqual(['severity']);
    const order = await as(a, editorA).post('/notices').send(notice({ startsAt: cityTime(HOUR), endsAt: cityTime(0) })).expect(400);
    expect(order.body.error.fields).toEqual({ endsAt: 'The end must be after the start' });
  });

  it('refuses anyone without notices.publish', async () => {
    await as(a).post('/notices').send(notice()).expect(401);
    await as(a, moderatorA).post('/notices').send(notice()).expect(403);
    await http.post('/notices').set('x-test-city', a.id).set('x-test-resident', residentA.id).send(notice()).expect(401);
    await as(a, moderatorA).get('/admin/notices').expect(403);
  });
});

describe('what residents see', () => {
  it('shows active notices only, most severe first, as many as the city allows in the banner', async () => {
    const city = await makeTenant(platform.platformDb);
    const editor = await makeStaff(platform.platformDb, city.id, 'editor');
    const info = await publish(city, editor, notice({ title: 'Info', severity: 'info' }));
    const alert = await publish(city, editor, notice({ title: 'Alert', severity: 'alert', endsAt: cityTime(HOUR) }));
    const scheduled = await publish(city, editor, notice({ title: 'Later', severity: 'alert', startsAt: cityTime(24 * HOUR) }));
    const ended = await withTenant(city.id, () =>
      createNotice(app.db, { title: 'Over', body: 'x', severity: 'alert', startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) }),
    );
    expect(scheduled.status).toBe('scheduled');

    const banner = (await as(city).get('/banner').expect(200)).body as BannerJson;
    expect(banner.notices.map((n) => n.title)).toEqual(['Alert']);
    expect(banner).toMatchObject({ showOnEveryPage: true, timeZone: 'Europe/Paris' });

    settings.set(city.id, { maxBannerNotices: 3, showOnEveryPage: false });
    const wider = (await as(city).get('/banner').expect(200)).body as BannerJson;
    expect(wider.notices.map((n) => n.id)).toEqual([alert.id, info.id]);
    expect(wider.showOnEveryPage).toBe(false);

    const page = (await as(city).get('/notices').expect(200)).body as NoticesJson;
    expect(page.current.map((n) => n.id)).toEqual([alert.id, info.id]);
    expect(page.recent.map((n) => n.id)).toEqual([ended.id]);

    const staffView = (await as(city, editor).get('/admin/notices').expect(200)).body as AdminNoticesJson;
    expect(staffView.notices.map((n) => n.status).sort()).toEqual(['active', 'active', 'ended', 'scheduled']);
  });
});

describe('editing, ending and archiving', () => {
  it('reschedules when the end moves; the job for the old end leaves the notice alone', async () => {
    const first = await publish(a, editorA, notice({ title: 'Moving end', endsAt: cityTime(HOUR) }));
    const later = cityTime(5 * HOUR);
    const { body } = await as(a, editorA).put(`/notices/${first.id}`).send(notice({ title: 'Moving end', endsAt: later })).expect(200);
    const moved = body.notice as NoticeJson;
    expect(moved.startsAt).toBe(first.startsAt); // no start given: it keeps its own
    expect(await queue().getJob(`notices.archive-expired.${a.id}.${first.id}.${Date.parse(moved.endsAt!)}`)).toBeTruthy();

    const oldPayload = { tenantId: a.id, noticeId: first.id, endsAt: first.endsAt! };
    await withTenant(a.id, () => archive.handle(oldPayload, undefined as never));
    expect((await withTenant(a.id, () => findNotice(app.db, first.id)))?.archivedAt).toBeNull();

    const events = await platform.platformDb.auditEvent.findMany({ where: { tenantId: a.id, targetId: first.id }, orderBy: { occurredAt: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['notices.notice_published', 'notices.notice_updated']);
    expect(events[1]!.before).toMatchObject({ endsAt: first.endsAt });
    expect(events[1]!.after).toMatchObject({ endsAt: moved.endsAt });
  });

  it('ends a notice now; the archiving then runs once however often it is delivered', async () => {
    const running = await publish(a, editorA, notice({ title: 'Ending' }));
    const { body } = await as(a, editorA).post(`/notices/${running.id}/end`).expect(200);
    const ended = body.notice as NoticeJson;
    expect(ended.status).toBe('ended');
    await as(a, editorA).post(`/notices/${running.id}/end`).expect(409);
    const banner = (await as(a).get('/banner').expect(200)).body as BannerJson;
    expect(banner.notices.map((n) => n.id)).not.toContain(running.id);

    const payload = { tenantId: a.id, noticeId: running.id, endsAt: ended.endsAt! };
    expect(await withTenant(a.id, () => archive.handle(payload, undefined as never))).toEqual({ archived: true });
    const archivedAt = (await withTenant(a.id, () => findNotice(app.db, running.id)))?.archivedAt;
    expect(archivedAt).toBeInstanceOf(Date);
    expect(await withTenant(a.id, () => archive.handle(payload, undefined as never))).toEqual({ archived: false });
    expect((await withTenant(a.id, () => findNotice(app.db, running.id)))?.archivedAt).toEqual(archivedAt);
  });

  it('archives through a real worker, in the notice’s city scope', async () => {
    const city = await makeTenant(platform.platformDb);
    const row = await withTenant(city.id, () =>
      createNotice(app.db, { title: 'Past', body: 'x', severity: 'info', startsAt: new Date(Date.now() - 2 * HOUR), endsAt: new Date(Date.now() - HOUR) }),
    );
    const events = new QueueEvents(archiveExpiredJob.name, { connection: redis.duplicate(), prefix: `${prefix}:bull` });
    await events.waitUntilReady();
    const workers = runWorkers([archive], { connection: redis, prefix });
    try {
      const payload = { tenantId: city.id, noticeId: row.id, endsAt: row.endsAt!.toISOString() };
      const id = await jobs.enqueue(archiveExpiredJob, payload);
      expect(await jobs.enqueue(archiveExpiredJob, payload)).toBe(id);
      const result = await (await queue().getJob(id))!.waitUntilFinished(events, 20_000);
      expect(result).toEqual({ archived: true });
    } finally {
      await closeWorkers(workers);
      await events.close();
    }
    expect((await platform.platformDb.noticesNotice.findFirst({ where: { tenantId: city.id, id: row.id } }))?.archivedAt).not.toBeNull();
  });

  it('deletes a notice, auditing what it was', async () => {
    const doomed = await publish(a, editorA, notice({ title: 'Typo' }));
    await as(a, editorA).delete(`/notices/${doomed.id}`).expect(204);
    await as(a, editorA).delete(`/notices/${doomed.id}`).expect(404);
    await as(a, editorA).put('/notices/not-a-uuid').send(notice()).expect(404);
    const deleted = await platform.platformDb.auditEvent.findFirst({ where: { tenantId: a.id, targetId: doomed.id, action: 'notices.notice_deleted' } });
    expect(deleted?.before).toMatchObject({ title: 'Typo' });
  });
});

describe('two cities', () => {
  it('never shows one city’s notices to another, nor lets it change them', async () => {
    const ofB = await publish(b, editorB, notice({ title: 'Only in B', severity: 'alert', endsAt: cityTime(HOUR) }));
    settings.set(a.id, { maxBannerNotices: 5 });
    const banner = (await as(a).get('/banner').expect(200)).body as BannerJson;
    const page = (await as(a).get('/notices').expect(200)).body as NoticesJson;
    const staffView = (await as(a, editorA).get('/admin/notices').expect(200)).body as AdminNoticesJson;
    for (const list of [banner.notices, page.current, page.recent, staffView.notices]) {
      expect(list.map((n) => n.id)).not.toContain(ofB.id);
    }
    expect(staffView.notices.length).toBeGreaterThan(0);
    await as(a, editorA).put(`/notices/${ofB.id}`).send(notice({ title: 'Hijacked' })).expect(404);
    await as(a, editorA).post(`/notices/${ofB.id}/end`).expect(404);
    await as(a, editorA).delete(`/notices/${ofB.id}`).expect(404);
    await as(a, editorB).post('/notices').send(notice()).expect(401);

    const rowsA = await withTenant(a.id, () => listActiveNotices(app.db, new Date()));
    expect(rowsA.every((r) => r.tenantId === a.id)).toBe(true);
    const still = await withTenant(b.id, () => findNotice(app.db, ofB.id));
    expect(still).toMatchObject({ title: 'Only in B', endsAt: new Date(ofB.endsAt!) });
  });

  it('cannot archive another city’s notice from a job of this city', async () => {
    const city = await makeTenant(platform.platformDb);
    const theirs = await withTenant(city.id, () =>
      createNotice(app.db, { title: 'Theirs', body: 'x', severity: 'info', startsAt: new Date(Date.now() - 2 * HOUR), endsAt: new Date(Date.now() - HOUR) }),
    );
    const payload = { tenantId: a.id, noticeId: theirs.id, endsAt: theirs.endsAt!.toISOString() };
    expect(await withTenant(a.id, () => archive.handle(payload, undefined as never))).toEqual({ archived: false });
    expect((await withTenant(city.id, () => findNotice(app.db, theirs.id)))?.archivedAt).toBeNull();
  });

  it('declares its job to the platform and refuses a payload without a tenant', () => {
    expect(noticesModule.jobs!({ db: app.db }).map((h) => h.definition.name)).toEqual(['notices.archive-expired']);
    expect(() => archiveExpiredJob.payload.parse({ noticeId: crypto.randomUUID(), endsAt: new Date().toISOString() })).toThrow(/tenantId/);
  });
});
