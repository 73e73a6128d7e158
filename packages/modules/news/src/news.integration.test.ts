import { withTenant } from '@civitas/db';
import { closeWorkers, redisForWaiting, runWorkers } from '@civitas/jobs';
import { moduleJobHandlers } from '@civitas/module-host';
import { createModuleRegistry } from '@civitas/module-sdk';
import { dateToCityTime } from '@civitas/module-sdk/time';
import { setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import { makeResident, makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsModule } from './module.ts';
import type { PostListJson, ReaderEntryDetailJson, StaffEntryJson } from './news-api-types.ts';
import { findEntry } from './news-repository.ts';
import { publishJob } from './publish-job.ts';
import { sweepJob } from './sweep-job.ts';

// The whole platform (host resolution, sessions, CSRF, the module mount, the job host) with only this module installed.
const registry = createModuleRegistry([newsModule]);
const API = '/api/m/news';

let t: Awaited<ReturnType<typeof openTestApp>>;
type City = Awaited<ReturnType<typeof cityWithNews>>;
let a: City;
let b: City;

async function session(host: string, signInAs?: { kind: 'staff' | 'resident'; account: { email: string; password: string } }) {
  const c = t.client(host);
  if (signInAs) await c.post(`/api/auth/${signInAs.kind}/sign-in`, await c.csrf()).send(signInAs.account).expect(200);
  const csrf = await c.csrf();
  return {
    c,
    get: (path: string) => c.get(`${API}${path}`),
    post: (path: string) => c.post(`${API}${path}`, csrf),
    put: (path: string) => c.put(`${API}${path}`, csrf),
    delete: (path: string) => c.delete(`${API}${path}`).set('x-csrf-token', csrf),
    settings: (settings: Record<string, unknown>) => c.put('/api/admin/modules/news/settings', csrf).send({ settings }).expect(200),
  };
}
type Session = Awaited<ReturnType<typeof session>>;

async function cityWithNews() {
  const db = t.runtime.platformDb;
  const city = await makeTenant(db, { locales: ['fr', 'en'] });
  await setEntitlements(db, city.id, ['news'], 'test');
  const admin = await session(city.host, { kind: 'staff', account: await makeStaff(db, city.id, 'admin') });
  await admin.c.post('/api/admin/modules/news/enable', await admin.c.csrf()).send({}).expect(200);
  const editor = await session(city.host, { kind: 'staff', account: await makeStaff(db, city.id, 'editor') });
  return { ...city, admin, editor };
}

let slugs = 0;
const post = (over: Record<string, unknown> = {}) => ({
  kind: 'post',
  slug: `post-${++slugs}`,
  translations: {
    fr: { title: 'Fermeture du pont', summary: 'Le pont est fermé.', body: '<p>Le <strong>pont</strong> est fermé.</p>' },
    en: { title: 'Bridge closed', summary: 'The bridge is closed.', body: '<p>The <strong>bridge</strong> is closed.</p>' },
  },
  ...over,
});
const create = async (as: Session, body: Record<string, unknown>) => (await as.post('/admin/entries').send(body).expect(201)).body.entry as StaffEntryJson;
const publishNow = async (as: Session, id: string) => (await as.post(`/admin/entries/${id}/publish`).send({}).expect(200)).body.entry as StaffEntryJson;
const list = async (city: { host: string }, query = '') => (await t.client(city.host).get(`${API}/posts${query}`).expect(200)).body as PostListJson;
const handlers = () => moduleJobHandlers(t.runtime.db, registry, t.runtime.modules);
const run = (name: string, payload: Record<string, unknown> & { tenantId: string }) =>
  withTenant(payload.tenantId, () => handlers().find((h) => h.definition.name === name)!.handle(payload as never, undefined as never));
const rowOf = (tenantId: string, id: string) => withTenant(tenantId, () => findEntry(t.runtime.db, id));

// A 1×1 PNG.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

beforeAll(async () => {
  t = await openTestApp({}, registry);
  await shareModuleAsPlatform(t.runtime.platformDb, 'news', 'test');
  a = await cityWithNews();
  b = await cityWithNews();
});
afterAll(() => t.close());

describe('news and pages', () => {
  it('publishes a post in two languages that residents read in each, and in the feed', async () => {
    const draft = await create(a.editor, post({ slug: 'pont-ferme' }));
    expect(draft.status).toBe('draft');
    expect((await list(a)).posts.map((p) => p.slug)).not.toContain('pont-ferme');
    await t.client(a.host).get(`${API}/posts/pont-ferme`).expect(404);

    // Staff preview the draft as a resident would read it.
    const preview = (await a.editor.get(`/admin/entries/${draft.id}/preview?locale=en`).expect(200)).body.preview as ReaderEntryDetailJson;
    expect(preview).toMatchObject({ title: 'Bridge closed', fallback: false });

    const published = await publishNow(a.editor, draft.id);
    expect(published.status).toBe('published');
    const fr = await list(a, '?locale=fr');
    expect(fr.posts[0]).toMatchObject({ slug: 'pont-ferme', title: 'Fermeture du pont', locale: 'fr', fallback: false, author: 'Staff editor' });
    expect(fr.feedUrl).toBe('/api/m/news/feed/fr.atom');
    const en = (await t.client(a.host).get(`${API}/posts/pont-ferme?locale=en`).expect(200)).body.post as ReaderEntryDetailJson;
    expect(en).toMatchObject({ title: 'Bridge closed', bodyHtml: '<p>The <strong>bridge</strong> is closed.</p>', fallback: false });

    const feed = await t.client(a.host).get(`${API}/feed/en.atom`).expect(200);
    expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(feed.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(feed.text).toContain(`<id>urn:uuid:${draft.id}</id>`);
    expect(feed.text).toContain('<title type="text">Bridge closed</title>');
    expect(feed.text).toContain(`href="http://${a.host}/m/news/posts/pont-ferme?lang=en"`);
    await t.client(a.host).get(`${API}/feed/hu.atom`).expect(404);

    // The other city: nothing of it, by list, by address, by feed, by id.
    expect((await list(b)).posts).toEqual([]);
    await t.client(b.host).get(`${API}/posts/pont-ferme`).expect(404);
    expect((await t.client(b.host).get(`${API}/feed/en.atom`).expect(200)).text).not.toContain('<entry>');
    await b.editor.get(`/admin/entries/${draft.id}`).expect(404);
    await b.editor.post(`/admin/entries/${draft.id}/unpublish`).expect(404);
    expect((await rowOf(a.id, draft.id))?.status).toBe('published');
  });

  it('falls back to the city’s default language, marked, where a translation is missing', async () => {
    const only = await create(a.editor, post({ translations: { fr: { title: 'Seulement en français', body: '<p>Texte</p>' } } }));
    await publishNow(a.editor, only.id);
    const en = (await t.client(a.host).get(`${API}/posts/${only.slug}?locale=en`).expect(200)).body.post as ReaderEntryDetailJson;
    expect(en).toMatchObject({ title: 'Seulement en français', locale: 'fr', fallback: true });
    expect((await list(a, '?locale=en')).posts.find((p) => p.slug === only.slug)).toMatchObject({ fallback: true });
  });

  it('stores and serves nothing executable', async () => {
    const body = '<p onclick="alert(1)">Hi</p><script>alert(2)</script><img src=x onerror=alert(3)><a href="javascript:alert(4)">x</a><svg onload=alert(5)></svg>';
    const entry = await create(a.editor, post({ translations: { fr: { title: 'Piège', body } } }));
    const stored = (await rowOf(a.id, entry.id))!.translations[0]!.bodyHtml;
    expect(stored).toBe('<p>Hi</p><a rel="noopener noreferrer">x</a>');
    await publishNow(a.editor, entry.id);
    const served = (await t.client(a.host).get(`${API}/posts/${entry.slug}`).expect(200)).body.post as ReaderEntryDetailJson;
    expect(served.bodyHtml).toBe(stored);

    // A row written around the API (a script, a restore) is sanitised on the way out too.
    await withTenant(a.id, () =>
      t.runtime.db.newsTranslation.updateMany({ where: { tenantId: a.id, entryId: entry.id }, data: { bodyHtml: '<p>ok</p><script>alert(6)</script>' } }),
    );
    expect(((await t.client(a.host).get(`${API}/posts/${entry.slug}`).expect(200)).body.post as ReaderEntryDetailJson).bodyHtml).toBe('<p>ok</p>');
    expect((await t.client(a.host).get(`${API}/feed/fr.atom`).expect(200)).text).not.toMatch(/<script|&lt;script/);
  });

  it('answers bad input with 4xx naming the field', async () => {
    const bad = async (body: object, field: string, status = 400) => {
      const res = await a.editor.post('/admin/entries').send(body).expect(status);
      expect(res.body.error.message).toContain(field);
    };
    await bad(post({ slug: 'Not A Slug' }), 'slug');
    await bad(post({ translations: { en: { title: 'Only English' } } }), 'translations.fr.title');
    await bad(post({ translations: { fr: { title: 'x' }, de: { title: 'y' } } }), 'translations.de');
    await bad(post({ kind: 'letter' }), 'kind');
    const first = await create(a.editor, post());
    await bad(post({ slug: first.slug }), 'slug', 409);
    const res = await a.editor.post(`/admin/entries/${first.id}/publish`).send({ publishAt: 'tomorrow' }).expect(400);
    expect(res.body.error.message).toContain('publishAt');
    await t.client(a.host).get(`${API}/posts?page=0`).expect(400);

    const resident = await session(a.host, { kind: 'resident', account: await makeResident(t.runtime.platformDb, a.id) });
    await resident.post('/admin/entries').send(post()).expect(401);
    await t.client(a.host).get(`${API}/admin/entries`).expect(401);
  });

  it('pages through the news, newest first', async () => {
    const city = await cityWithNews();
    await city.admin.settings({ postsPerPage: 2 });
    for (const n of [1, 2, 3]) await publishNow(city.editor, (await create(city.editor, post({ slug: `n-${n}` }))).id);
    const first = await list(city);
    expect(first).toMatchObject({ page: 1, pages: 2, total: 3 });
    expect(first.posts.map((p) => p.slug)).toEqual(['n-3', 'n-2']);
    expect((await list(city, '?page=2')).posts.map((p) => p.slug)).toEqual(['n-1']);
    expect((await t.client(city.host).get(`${API}/latest`).expect(200)).body.posts).toHaveLength(3);
  });

  it('places published pages in the navigation, in order', async () => {
    const page = (slug: string, title: string) => ({ kind: 'page', slug, translations: { fr: { title, body: `<p>${title}</p>` } } });
    const access = await create(a.editor, page('acces', 'Accès'));
    const hours = await create(a.editor, page('horaires', 'Horaires'));
    const draft = await create(a.editor, page('brouillon', 'Brouillon'));
    for (const p of [access, hours]) await publishNow(a.editor, p.id);
    await a.editor.put('/admin/navigation').send({ pageIds: [hours.id, access.id, draft.id] }).expect(204);
    const nav = (await t.client(a.host).get(`${API}/pages?locale=en`).expect(200)).body.pages as { slug: string; fallback: boolean }[];
    expect(nav.map((p) => p.slug)).toEqual(['horaires', 'acces']);
    expect(nav[0]!.fallback).toBe(true);
    expect((await t.client(a.host).get(`${API}/pages/acces`).expect(200)).body.page.title).toBe('Accès');
    await t.client(a.host).get(`${API}/pages/brouillon`).expect(404);
    await a.editor.put('/admin/navigation').send({ pageIds: ['7d3c2a7e-0000-4000-8000-000000000000'] }).expect(400);
    await b.editor.put('/admin/navigation').send({ pageIds: [access.id] }).expect(400);
    expect((await t.client(b.host).get(`${API}/pages`).expect(200)).body.pages).toEqual([]);
  });

  it('keeps each city’s rows to itself in the database', async () => {
    const entry = await create(a.editor, post());
    expect(await rowOf(b.id, entry.id)).toBeNull();
    await expect(
      withTenant(b.id, () => t.runtime.db.newsEntry.create({ data: { tenantId: a.id, kind: 'post', slug: 'smuggled', authorName: 'x' } })),
    ).rejects.toThrow();
    const { count } = await withTenant(b.id, () => t.runtime.db.newsEntry.updateMany({ where: { id: entry.id }, data: { status: 'published' } }));
    expect(count).toBe(0);
    expect((await rowOf(a.id, entry.id))?.status).toBe('draft');
  });
});

describe('scheduled publishing', () => {
  const soon = (ms: number) => dateToCityTime(new Date(Date.now() + ms), 'Europe/Paris');

  it('publishes at its time through the delayed job, exactly once', async () => {
    const events = new QueueEvents(publishJob.name, { connection: redisForWaiting(t.runtime.redis), prefix: `${t.runtime.config.REDIS_PREFIX}:bull` });
    await events.waitUntilReady();
    const workers = runWorkers(handlers(), { connection: t.runtime.redis, prefix: t.runtime.config.REDIS_PREFIX });
    try {
      const entry = await create(a.editor, post());
      // Staff type minutes of the city's clock, so the earliest time is up to a minute away: rather than wait,
      // the test checks the job's delay, then moves the time into the past and runs the job now.
      const scheduled = (await a.editor.post(`/admin/entries/${entry.id}/publish`).send({ publishAt: soon(120_000) }).expect(200)).body.entry as StaffEntryJson;
      expect(scheduled.status).toBe('scheduled');
      const jobId = `news.publish.${a.id}.${entry.id}.${Date.parse(scheduled.publishAt!)}`;
      const job = (await t.runtime.jobs.queue(publishJob.name).getJob(jobId))!;
      expect(job.opts.delay).toBeGreaterThan(60_000);
      expect((await list(a)).posts.map((p) => p.slug)).not.toContain(entry.slug);

      // Its time comes (moved to the past in the database), and the job runs now.
      const due = new Date(Date.now() - 1000);
      await withTenant(a.id, () => t.runtime.db.newsEntry.updateMany({ where: { tenantId: a.id, id: entry.id }, data: { publishAt: due } }));
      await job.promote();
      expect(await job.waitUntilFinished(events, 20_000)).toEqual({ published: 1 });
      const publishedAt = (await rowOf(a.id, entry.id))!.publishedAt;
      expect(publishedAt).toBeInstanceOf(Date);
      expect((await list(a)).posts.map((p) => p.slug)).toContain(entry.slug);

      // The sweep and a redelivered job find nothing left to do.
      expect(await run(sweepJob.name, { tenantId: a.id, minute: 1 })).toEqual({ published: 0 });
      expect(await run(publishJob.name, { tenantId: a.id, entryId: entry.id, publishAt: due.toISOString() })).toEqual({ published: 0 });
      expect((await rowOf(a.id, entry.id))!.publishedAt).toEqual(publishedAt);
    } finally {
      await closeWorkers(workers);
      await events.close();
    }
  });

  it('publishes through the sweep when the delayed job was lost, exactly once, in its own city only', async () => {
    const entry = await create(a.editor, post());
    const elsewhere = await create(b.editor, post());
    for (const [city, e] of [[a, entry], [b, elsewhere]] as const) {
      await city.editor.post(`/admin/entries/${e.id}/publish`).send({ publishAt: soon(120_000) }).expect(200);
    }
    // Redis lost the delayed job of city A's entry; its time has come.
    const queue = t.runtime.jobs.queue(publishJob.name);
    const lost = (await rowOf(a.id, entry.id))!;
    await queue.remove(`news.publish.${a.id}.${entry.id}.${lost.publishAt!.getTime()}`);
    await withTenant(a.id, () => t.runtime.db.newsEntry.updateMany({ where: { tenantId: a.id, id: entry.id }, data: { publishAt: new Date(Date.now() - 1000) } }));

    const events = new QueueEvents(sweepJob.name, { connection: redisForWaiting(t.runtime.redis), prefix: `${t.runtime.config.REDIS_PREFIX}:bull` });
    await events.waitUntilReady();
    const workers = runWorkers(handlers(), { connection: t.runtime.redis, prefix: t.runtime.config.REDIS_PREFIX });
    try {
      const jobId = await t.runtime.jobs.enqueue(sweepJob, { tenantId: a.id, minute: Math.floor(Date.now() / 60_000) + 1_000_000 });
      expect(await (await t.runtime.jobs.queue(sweepJob.name).getJob(jobId))!.waitUntilFinished(events, 20_000)).toEqual({ published: 1 });
    } finally {
      await closeWorkers(workers);
      await events.close();
    }
    const publishedAt = (await rowOf(a.id, entry.id))!.publishedAt;
    expect(publishedAt).toBeInstanceOf(Date);
    expect(await run(sweepJob.name, { tenantId: a.id, minute: 2 })).toEqual({ published: 0 });
    expect(await run(publishJob.name, { tenantId: a.id, entryId: entry.id, publishAt: lost.publishAt!.toISOString() })).toEqual({ published: 0 });
    expect((await rowOf(a.id, entry.id))!.publishedAt).toEqual(publishedAt);
    // City B's entry is not due yet, and no sweep of A's reaches it.
    expect((await rowOf(b.id, elsewhere.id))!.status).toBe('scheduled');
  });

  it('unpublishes', async () => {
    const entry = await create(a.editor, post());
    await publishNow(a.editor, entry.id);
    const back = (await a.editor.post(`/admin/entries/${entry.id}/unpublish`).expect(200)).body.entry as StaffEntryJson;
    expect(back.status).toBe('draft');
    await t.client(a.host).get(`${API}/posts/${entry.slug}`).expect(404);
  });
});

describe('pictures through the file store', () => {
  it('keeps a picture as what its bytes are, serves it with that type and nosniff, in its own city only', async () => {
    const res = await a.editor.post('/admin/images').set('content-type', 'image/svg+xml').send(PNG).expect(201);
    expect(res.body.image).toMatchObject({ contentType: 'image/png', size: PNG.length, url: `/api/m/news/files/${res.body.image.id}` });
    const served = await t.client(a.host).get(res.body.image.url).buffer(true).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(served.body as Buffer, PNG)).toBe(0);
    await t.client(b.host).get(res.body.image.url).expect(404);
    await t.client(a.host).get(`${API}/files/..%2F..%2Fetc%2Fpasswd`).expect(404);
  });

  it('refuses what is not a picture whatever it claims, and what is too large', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const refused = await a.editor.post('/admin/images').set('content-type', 'image/png').send(svg).expect(415);
    expect(refused.body.error.message).toContain('image');
    const city = await cityWithNews();
    await city.admin.settings({ maxImageKb: 64 });
    const big = Buffer.concat([PNG, Buffer.alloc(64 * 1024)]);
    const tooLarge = await city.editor.post('/admin/images').set('content-type', 'image/png').send(big).expect(413);
    expect(tooLarge.body.error.message).toContain('image');
    await city.editor.post('/admin/images').set('content-type', 'image/png').send(PNG).expect(201);
    const resident = await session(city.host, { kind: 'resident', account: await makeResident(t.runtime.platformDb, city.id) });
    await resident.post('/admin/images').set('content-type', 'image/png').send(PNG).expect(401);
  });
});
