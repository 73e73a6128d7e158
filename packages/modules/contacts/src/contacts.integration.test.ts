import { createAppDatabase, createPlatformDatabase, withTenant } from '@civitas/db';
import { makeResident, makeStaff, makeTenant } from '@civitas/testing';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { DirectoryJson, EntryJson } from './contacts-api-types.ts';
import { countEntries, createEntry, findEntry, listEntries } from './contacts-repository.ts';
import { contactsSettings } from './contacts-settings.ts';
import { entryInput } from './entry-input.ts';
import { moduleTestApp } from './module-test-app.ts';
import { contactsModule } from './module.ts';
import { STARTER_ENTRY_ID, ensureStarterEntry } from './starter-entry.ts';
import { WEEKDAYS } from './weekly-hours.ts';
import { zonedClock } from './zoned-clock.ts';

const urls = inject('databaseUrls');
const app = createAppDatabase({ url: urls.app, max: 4 });
const platform = createPlatformDatabase({ url: urls.platform });
const settings = new Map<string, Record<string, unknown>>();
const http = supertest(moduleTestApp({ db: app.db, platformDb: platform.platformDb, module: contactsModule, settings }));

type City = Awaited<ReturnType<typeof makeTenant>>;
let a: City;
let b: City;
let editorA: { id: string };
let moderatorA: { id: string };
let editorB: { id: string };
let residentA: { id: string };

const library = {
  name: 'Central Library',
  category: 'Libraries',
  description: 'The main branch.',
  phone: '+1 410-396-5430',
  email: 'central@library.example.org',
  address: '400 Cathedral St',
  website: 'https://library.example.org',
  openingHours: { mon: [{ open: '10:00', close: '20:00' }], sat: [{ open: '10:00', close: '17:00' }] },
};

const as = (city: City, staff?: { id: string }) => ({
  get: (path: string) => withHeaders(http.get(path), city, staff),
  post: (path: string) => withHeaders(http.post(path), city, staff),
  put: (path: string) => withHeaders(http.put(path), city, staff),
  delete: (path: string) => withHeaders(http.delete(path), city, staff),
});
const withHeaders = (t: supertest.Test, city: City, staff?: { id: string }) => {
  t.set('x-test-city', city.id);
  return staff ? t.set('x-test-staff', staff.id) : t;
};

const auditOf = (city: City, targetId: string) =>
  platform.platformDb.auditEvent.findMany({ where: { tenantId: city.id, targetId }, orderBy: { occurredAt: 'asc' } });

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
  await app.close();
  await platform.close();
});

describe('contacts API', () => {
  it('lets an editor create an entry that residents then see, grouped by category, and audits it', async () => {
    const created = await as(a, editorA).post('/entries').send(library).expect(201);
    const id = created.body.entry.id as string;
    expect(created.body.entry).toMatchObject({ name: 'Central Library', website: 'https://library.example.org' });

    const list = await as(a).get('/entries').expect(200);
    const directory = list.body as DirectoryJson;
    expect(directory.timeZone).toBe('Europe/Paris');
    const libraries = directory.groups.find((g) => g.category === 'Libraries');
    expect(libraries?.entries.map((e) => e.id)).toContain(id);

    const page = (await as(a).get(`/entries/${id}`).expect(200)).body as EntryJson;
    expect(page.entry.openingHours?.mon).toEqual([{ open: '10:00', close: '20:00' }]);
    expect(page.entry.status).not.toBeNull();

    const [event] = await auditOf(a, id);
    expect(event).toMatchObject({ action: 'contacts.entry_created', actorId: editorA.id, actorType: 'staff', targetType: 'contacts_entry' });
    expect(event!.after).toMatchObject({ name: 'Central Library', phone: '+1 410-396-5430' });
  });

  it('answers 400 naming the fields at fault, and stores nothing', async () => {
    const bad = { ...library, name: 'Bad hours', openingHours: { tue: [{ open: '09:00', close: '13:00' }, { open: '12:00', close: '14:00' }] } };
    const res = await as(a, editorA).post('/entries').send(bad).expect(400);
    expect(res.body.error.fields).toEqual({ 'openingHours.tue.1.open': 'Overlaps with 09:00–13:00' });
    const found = await withTenant(a.id, () => listEntries(app.db, { nameContains: 'Bad hours' }));
    expect(found).toEqual([]);
  });

  it('refuses writes from anyone without contacts.manage', async () => {
    await as(a).post('/entries').send(library).expect(401);
    await as(a, moderatorA).post('/entries').send(library).expect(403);
    await withHeaders(http.post('/entries'), a).set('x-test-resident', residentA.id).send(library).expect(401);
    const row = await withTenant(a.id, () => createEntry(app.db, entryInput.parse({ name: 'Pool', category: 'Recreation centers' })));
    await as(a, moderatorA).delete(`/entries/${row.id}`).expect(403);
    expect(await withTenant(a.id, () => findEntry(app.db, row.id))).not.toBeNull();
  });

  it('replaces and deletes an entry, recording before and after', async () => {
    const { body } = await as(a, editorA).post('/entries').send({ ...library, name: 'Waverly Branch' }).expect(201);
    const id = body.entry.id as string;
    const updated = await as(a, editorA).put(`/entries/${id}`).send({ ...library, name: 'Waverly Branch', phone: '' }).expect(200);
    expect(updated.body.entry.phone).toBeNull();
    await as(a, editorA).delete(`/entries/${id}`).expect(204);
    await as(a).get(`/entries/${id}`).expect(404);
    await as(a, editorA).delete(`/entries/${id}`).expect(404);

    const events = await auditOf(a, id);
    expect(events.map((e) => e.action)).toEqual(['contacts.entry_created', 'contacts.entry_updated', 'contacts.entry_deleted']);
    expect(events[1]!.before).toMatchObject({ phone: '+1 410-396-5430' });
    expect(events[1]!.after).toMatchObject({ phone: null });
    expect(events[2]!.before).toMatchObject({ name: 'Waverly Branch' });
  });

  it('answers 404, not 500, for an id that is not a uuid', async () => {
    await as(a).get('/entries/not-a-uuid').expect(404);
    await as(a, editorA).put('/entries/42').send(library).expect(404);
  });

  it('searches by name, ignoring case', async () => {
    await as(a, editorA).post('/entries').send({ ...library, name: 'Herring Run Library' }).expect(201);
    const res = await as(a).get('/entries?q=herring').expect(200);
    const names = (res.body as DirectoryJson).groups.flatMap((g) => g.entries.map((e) => e.name));
    expect(names).toEqual(['Herring Run Library']);
  });

  it('computes “open now” on the city’s own clock', async () => {
    // Kiritimati (UTC+14) and Pago Pago (UTC−11) are always on different days.
    await platform.platformDb.tenant.update({ where: { id: a.id }, data: { timeZone: 'Pacific/Kiritimati' } });
    await platform.platformDb.tenant.update({ where: { id: b.id }, data: { timeZone: 'Pacific/Pago_Pago' } });
    try {
      const today = zonedClock(new Date(), 'Pacific/Kiritimati').weekday;
      const hours = { [today]: [{ open: '00:00', close: '24:00' }] };
      const inA = await as(a, editorA).post('/entries').send({ ...library, name: 'Day A', openingHours: hours }).expect(201);
      const inB = await as(b, editorB).post('/entries').send({ ...library, name: 'Day B', openingHours: hours }).expect(201);
      expect(inA.body.entry.status).toMatchObject({ open: true, closesAt: { daysAhead: 0, weekday: today, time: '24:00' } });
      expect(inB.body.entry.status).toMatchObject({ open: false, opensAt: { daysAhead: expect.any(Number), weekday: today } });
      expect(WEEKDAYS).toContain(today);
    } finally {
      await platform.platformDb.tenant.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { timeZone: 'Europe/Paris' } });
    }
  });

  it('leaves the status out when hours are not listed or the city hides the badge', async () => {
    const { body } = await as(a, editorA).post('/entries').send({ ...library, name: 'Hotline', openingHours: null }).expect(201);
    expect(body.entry.status).toBeNull();
    settings.set(a.id, { showOpenNowBadge: false, intro: 'Call us.' });
    try {
      const res = await as(a).get(`/entries?q=Central`).expect(200);
      const directory = res.body as DirectoryJson;
      expect(directory.showOpenNowBadge).toBe(false);
      expect(directory.intro).toBe('Call us.');
      expect(directory.groups[0]!.entries[0]!.status).toBeNull();
    } finally {
      settings.delete(a.id);
    }
  });
});

describe('two cities', () => {
  it('never shows or lets one city touch the other’s entries', async () => {
    const { body } = await as(b, editorB).post('/entries').send({ ...library, name: 'Only in B' }).expect(201);
    const idB = body.entry.id as string;

    const listA = (await as(a).get('/entries').expect(200)).body as DirectoryJson;
    expect(listA.groups.flatMap((g) => g.entries.map((e) => e.id))).not.toContain(idB);
    await as(a).get(`/entries/${idB}`).expect(404);
    await as(a, editorA).put(`/entries/${idB}`).send({ ...library, name: 'Hijacked' }).expect(404);
    await as(a, editorA).delete(`/entries/${idB}`).expect(404);
    // B's staff signed in against A: not A's staff.
    await as(a, editorB).post('/entries').send(library).expect(401);

    const stillThere = await withTenant(b.id, () => findEntry(app.db, idB));
    expect(stillThere?.name).toBe('Only in B');
    const fromA = await withTenant(a.id, () => findEntry(app.db, idB));
    expect(fromA).toBeNull();
    const rowsA = await withTenant(a.id, () => listEntries(app.db));
    expect(rowsA.every((r) => r.tenantId === a.id)).toBe(true);
    expect(rowsA.length).toBeGreaterThan(0);
  });

  it('refuses, at the database, an entry written for another city', async () => {
    await expect(
      withTenant(a.id, () =>
        app.db.contactsEntry.create({ data: { tenantId: b.id, name: 'Smuggled', category: 'x' } }),
      ),
    ).rejects.toThrow();
    expect(await platform.platformDb.contactsEntry.count({ where: { name: 'Smuggled' } })).toBe(0);
  });
});

describe('onEnable', () => {
  it('gives a city with no entries one starter entry, however often and concurrently it runs', async () => {
    const city = await makeTenant(platform.platformDb);
    const defaults = contactsSettings.parse({});
    const runs = await withTenant(city.id, () =>
      Promise.all([ensureStarterEntry(app.db, defaults), ensureStarterEntry(app.db, defaults), ensureStarterEntry(app.db, defaults)]),
    );
    expect(runs.filter(Boolean)).toHaveLength(1);
    await withTenant(city.id, () => contactsModule.hooks!.onEnable!({ db: app.db, tenantId: city.id, settings: defaults }));
    expect(await withTenant(city.id, () => countEntries(app.db))).toBe(1);
    const starter = await withTenant(city.id, () => findEntry(app.db, STARTER_ENTRY_ID));
    expect(starter).toMatchObject({ name: 'Town hall', category: 'Town hall services', phone: null, openingHours: null });
  });

  it('adds nothing to a city that already has entries', async () => {
    const before = await withTenant(a.id, () => countEntries(app.db));
    expect(before).toBeGreaterThan(0);
    await withTenant(a.id, () => contactsModule.hooks!.onEnable!({ db: app.db, tenantId: a.id, settings: contactsSettings.parse({}) }));
    expect(await withTenant(a.id, () => countEntries(app.db))).toBe(before);
    expect(await withTenant(a.id, () => findEntry(app.db, STARTER_ENTRY_ID))).toBeNull();
  });
});
