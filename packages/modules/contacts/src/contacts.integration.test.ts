import { withTenant } from '@civitas/db';
import { moduleJobHandlers } from '@civitas/module-host';
import { createModuleRegistry } from '@civitas/module-sdk';
import { setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import { makeResident, makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryJson, EntryJson } from './contacts-api-types.ts';
import { countEntries, createEntry, findEntry, listEntries } from './contacts-repository.ts';
import { contactsSettings } from './contacts-settings.ts';
import { entryInput } from './entry-input.ts';
import { contactsModule } from './module.ts';
import { STARTER_ENTRY_ID, ensureStarterEntry } from './starter-entry.ts';
import { WEEKDAYS } from './weekly-hours.ts';
import { zonedClock } from './zoned-clock.ts';

// The whole platform (host resolution, sessions, CSRF, the module mount) with only this module installed.
const registry = createModuleRegistry([contactsModule]);
const API = '/api/m/contacts';

let t: Awaited<ReturnType<typeof openTestApp>>;
type City = Awaited<ReturnType<typeof cityWithContacts>>;
type Session = Awaited<ReturnType<typeof signIn>>;
let a: City;
let b: City;
let editorA: Session;
let moderatorA: Session;
let residentA: Session;
let editorB: Session;

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

interface AuditJson {
  action: string;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
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
  };
}

const signIn = <A extends { id: string; email: string; password: string }>(city: { host: string }, account: A, kind: 'staff' | 'resident' = 'staff') =>
  session(city.host, { kind, account });

/** A city whose plan includes the module and whose admin has switched it on. */
async function cityWithContacts(options: { locales?: string[]; timeZone?: string; enabled?: boolean } = {}) {
  const db = t.runtime.platformDb;
  const city = await makeTenant(db, { locales: options.locales });
  // Before the first request, so the host cache never holds the old clock.
  if (options.timeZone) await db.tenant.update({ where: { id: city.id }, data: { timeZone: options.timeZone } });
  await setEntitlements(db, city.id, ['contacts'], 'test');
  const admin = await signIn(city, await makeStaff(db, city.id, 'admin'));
  if (options.enabled !== false) await admin.c.post('/api/admin/modules/contacts/enable', await admin.c.csrf()).send({}).expect(200);
  return { ...city, admin };
}

/** The city's audit entries about one target, oldest first, as its admin reads them. */
async function auditOf(city: City, targetId: string) {
  const res = await city.admin.c.get('/api/admin/audit?action=contacts.&limit=200').expect(200);
  return (res.body.events as AuditJson[]).filter((e) => e.targetId === targetId).reverse();
}

const entryIds = (directory: DirectoryJson) => directory.groups.flatMap((g) => g.entries.map((e) => e.id));

beforeAll(async () => {
  t = await openTestApp({}, registry);
  await shareModuleAsPlatform(t.runtime.platformDb, 'contacts', 'test');
  a = await cityWithContacts();
  b = await cityWithContacts();
  const db = t.runtime.platformDb;
  editorA = await signIn(a, await makeStaff(db, a.id, 'editor'));
  moderatorA = await signIn(a, await makeStaff(db, a.id, 'moderator'));
  residentA = await signIn(a, await makeResident(db, a.id), 'resident');
  editorB = await signIn(b, await makeStaff(db, b.id, 'editor'));
});

afterAll(() => t?.close());

describe('contacts API', () => {
  it('lets an editor create an entry that residents then see, grouped by category, and audits it', async () => {
    const created = await editorA.post('/entries').send(library).expect(201);
    const id = created.body.entry.id as string;
    expect(created.body.entry).toMatchObject({ name: 'Central Library', website: 'https://library.example.org' });

    const visitor = t.client(a.host);
    const directory = (await visitor.get(`${API}/entries`).expect(200)).body as DirectoryJson;
    expect(directory.timeZone).toBe('Europe/Paris');
    const libraries = directory.groups.find((g) => g.category === 'Libraries');
    expect(libraries?.entries.map((e) => e.id)).toContain(id);

    const page = (await visitor.get(`${API}/entries/${id}`).expect(200)).body as EntryJson;
    expect(page.entry.openingHours?.mon).toEqual([{ open: '10:00', close: '20:00' }]);
    expect(page.entry.status).not.toBeNull();

    const [event, ...more] = await auditOf(a, id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      action: 'contacts.entry_created',
      actorType: 'staff',
      actorId: editorA.account!.id,
      actorLabel: editorA.account!.email,
      targetType: 'contacts_entry',
      requestId: created.headers['x-request-id'],
    });
    expect(event!.after).toMatchObject({ name: 'Central Library', phone: '+1 410-396-5430' });
  });

  it('answers 400 naming the fields at fault, and stores nothing', async () => {
    const bad = { ...library, name: 'Bad hours', openingHours: { tue: [{ open: '09:00', close: '13:00' }, { open: '12:00', close: '14:00' }] } };
    const res = await editorA.post('/entries').send(bad).expect(400);
    expect(res.body.error.fields).toEqual({ 'openingHours.tue.1.open': 'Overlaps with 09:00–13:00' });
    const found = await withTenant(a.id, () => listEntries(t.runtime.db, { nameContains: 'Bad hours' }));
    expect(found).toEqual([]);
  });

  it('refuses writes from anyone without contacts.manage', async () => {
    const anonymous = await session(a.host);
    await anonymous.post('/entries').send({ ...library, name: 'Not allowed' }).expect(401);
    await moderatorA.post('/entries').send({ ...library, name: 'Not allowed' }).expect(403);
    await residentA.post('/entries').send({ ...library, name: 'Not allowed' }).expect(401);
    expect(await withTenant(a.id, () => listEntries(t.runtime.db, { nameContains: 'Not allowed' }))).toEqual([]);

    const row = await withTenant(a.id, () => createEntry(t.runtime.db, entryInput.parse({ name: 'Pool', category: 'Recreation centers' })));
    await moderatorA.put(`/entries/${row.id}`).send({ ...library, name: 'Renamed' }).expect(403);
    await moderatorA.delete(`/entries/${row.id}`).expect(403);
    await anonymous.delete(`/entries/${row.id}`).expect(401);
    expect(await withTenant(a.id, () => findEntry(t.runtime.db, row.id))).toMatchObject({ name: 'Pool' });
  });

  it('replaces and deletes an entry, recording before and after', async () => {
    const { body } = await editorA.post('/entries').send({ ...library, name: 'Waverly Branch' }).expect(201);
    const id = body.entry.id as string;
    const updated = await editorA.put(`/entries/${id}`).send({ ...library, name: 'Waverly Branch', phone: '' }).expect(200);
    expect(updated.body.entry.phone).toBeNull();
    await editorA.delete(`/entries/${id}`).expect(204);
    await t.client(a.host).get(`${API}/entries/${id}`).expect(404);
    await editorA.delete(`/entries/${id}`).expect(404);

    const events = await auditOf(a, id);
    expect(events.map((e) => e.action)).toEqual(['contacts.entry_created', 'contacts.entry_updated', 'contacts.entry_deleted']);
    expect(events[1]!.before).toMatchObject({ phone: '+1 410-396-5430' });
    expect(events[1]!.after).toMatchObject({ phone: null });
    expect(events[2]!.before).toMatchObject({ name: 'Waverly Branch' });
    // What staff changed, not a status that depends on when it was read.
    expect(events[1]!.after).not.toHaveProperty('status');
  });

  it('answers 404, not 500, for an id that is not a uuid', async () => {
    await t.client(a.host).get(`${API}/entries/not-a-uuid`).expect(404);
    await editorA.put('/entries/42').send(library).expect(404);
    await editorA.delete('/entries/42').expect(404);
  });

  it('searches by name, ignoring case', async () => {
    await editorA.post('/entries').send({ ...library, name: 'Herring Run Library' }).expect(201);
    const res = await t.client(a.host).get(`${API}/entries?q=herring`).expect(200);
    const names = (res.body as DirectoryJson).groups.flatMap((g) => g.entries.map((e) => e.name));
    expect(names).toEqual(['Herring Run Library']);
  });

  it('computes “open now” on the city’s own clock', async () => {
    // Kiritimati (UTC+14) and Pago Pago (UTC−11) are always on different days.
    const east = await cityWithContacts({ timeZone: 'Pacific/Kiritimati' });
    const west = await cityWithContacts({ timeZone: 'Pacific/Pago_Pago' });
    const today = zonedClock(new Date(), 'Pacific/Kiritimati').weekday;
    const hours = { [today]: [{ open: '00:00', close: '24:00' }] };
    const inEast = await east.admin.post('/entries').send({ ...library, name: 'Day East', openingHours: hours }).expect(201);
    const inWest = await west.admin.post('/entries').send({ ...library, name: 'Day West', openingHours: hours }).expect(201);
    expect(inEast.body.entry.status).toMatchObject({ open: true, closesAt: { daysAhead: 0, weekday: today, time: '24:00' } });
    expect(inWest.body.entry.status).toMatchObject({ open: false, opensAt: { daysAhead: expect.any(Number), weekday: today } });
    expect(WEEKDAYS).toContain(today);
    const directory = (await t.client(west.host).get(`${API}/entries`).expect(200)).body as DirectoryJson;
    expect(directory.timeZone).toBe('Pacific/Pago_Pago');
  });

  it('leaves the status out when hours are not listed or the city hides the badge', async () => {
    const { body } = await editorA.post('/entries').send({ ...library, name: 'Hotline', openingHours: null }).expect(201);
    expect(body.entry.status).toBeNull();

    const city = await cityWithContacts();
    await city.admin.post('/entries').send(library).expect(201);
    const settings = '/api/admin/modules/contacts/settings';
    await city.admin.c.put(settings, await city.admin.c.csrf()).send({ settings: { showOpenNowBadge: false, intro: 'Call us.' } }).expect(200);
    const directory = (await t.client(city.host).get(`${API}/entries?q=Central`).expect(200)).body as DirectoryJson;
    expect(directory.showOpenNowBadge).toBe(false);
    expect(directory.intro).toBe('Call us.');
    expect(directory.groups[0]!.entries[0]!.status).toBeNull();
    // Another city's settings are its own.
    expect((await t.client(a.host).get(`${API}/entries`).expect(200)).body).toMatchObject({ showOpenNowBadge: true, intro: '' });
  });
});

describe('two cities', () => {
  it('never shows or lets one city touch the other’s entries', async () => {
    const { body } = await editorB.post('/entries').send({ ...library, name: 'Only in B' }).expect(201);
    const idB = body.entry.id as string;

    const listA = (await t.client(a.host).get(`${API}/entries`).expect(200)).body as DirectoryJson;
    expect(entryIds(listA)).not.toContain(idB);
    expect(entryIds(listA).length).toBeGreaterThan(0);
    expect((await t.client(a.host).get(`${API}/entries?q=Only in B`).expect(200)).body.groups).toEqual([]);
    await t.client(a.host).get(`${API}/entries/${idB}`).expect(404);
    await editorA.put(`/entries/${idB}`).send({ ...library, name: 'Hijacked' }).expect(404);
    await editorA.delete(`/entries/${idB}`).expect(404);

    const stillThere = await withTenant(b.id, () => findEntry(t.runtime.db, idB));
    expect(stillThere?.name).toBe('Only in B');
    expect(await withTenant(a.id, () => findEntry(t.runtime.db, idB))).toBeNull();
    const rowsA = await withTenant(a.id, () => listEntries(t.runtime.db));
    expect(rowsA.every((r) => r.tenantId === a.id)).toBe(true);
    // Nothing was audited in A about B's entry.
    expect(await auditOf(a, idB)).toEqual([]);
  });

  it('does not take another city’s staff for its own', async () => {
    const db = t.runtime.platformDb;
    const staffB = await makeStaff(db, b.id, 'editor');
    const c = t.client(a.host);
    const refused = await c.post('/api/auth/staff/sign-in', await c.csrf()).send({ email: staffB.email, password: staffB.password }).expect(401);
    expect(refused.body.error.code).toBe('invalid_credentials');

    // B's session cookie presented on A's host is no session there.
    const fromB = await signIn(b, staffB);
    const replay = (path: string) => fromB.c.agent.post(path).set('Host', a.host);
    const csrfOnA = (await fromB.c.agent.get('/api/session').set('Host', a.host)).body.csrfToken as string;
    await replay(`${API}/entries`).set('x-csrf-token', csrfOnA).send({ ...library, name: 'From B' }).expect(401);
    expect(await withTenant(a.id, () => listEntries(t.runtime.db, { nameContains: 'From B' }))).toEqual([]);
  });

  it('refuses, at the database, an entry written for another city', async () => {
    await expect(
      withTenant(a.id, () => t.runtime.db.contactsEntry.create({ data: { tenantId: b.id, name: 'Smuggled', category: 'x' } })),
    ).rejects.toThrow();
    expect(await t.runtime.platformDb.contactsEntry.count({ where: { name: 'Smuggled' } })).toBe(0);
  });

  it('answers 404 module_not_available in a city that has not switched it on, even for an existing id', async () => {
    const off = await cityWithContacts({ enabled: false });
    const { body } = await editorA.post('/entries').send({ ...library, name: 'Seen only in A' }).expect(201);
    const admin = off.admin;
    for (const res of [
      await t.client(off.host).get(`${API}/entries`),
      await t.client(off.host).get(`${API}/entries/${body.entry.id}`),
      await admin.post('/entries').send(library),
      await admin.put(`/entries/${body.entry.id}`).send(library),
      await admin.delete(`/entries/${body.entry.id}`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('module_not_available');
    }
    expect(await withTenant(off.id, () => countEntries(t.runtime.db))).toBe(0);
  });

  it('keeps a city’s directory while the module is off and shows it again when it is switched back on', async () => {
    const city = await cityWithContacts();
    const { body } = await city.admin.post('/entries').send(library).expect(201);
    await city.admin.c.post('/api/admin/modules/contacts/disable', await city.admin.c.csrf()).send({}).expect(200);
    const off = await t.client(city.host).get(`${API}/entries/${body.entry.id}`).expect(404);
    expect(off.body.error.code).toBe('module_not_available');
    await city.admin.c.post('/api/admin/modules/contacts/enable', await city.admin.c.csrf()).send({}).expect(200);
    await t.client(city.host).get(`${API}/entries/${body.entry.id}`).expect(200);
  });
});

describe('onEnable', () => {
  const lifecycle = () => moduleJobHandlers(t.runtime.db, registry, t.runtime.modules)[0]!;
  /** Runs the platform's lifecycle job for the city's latest change, as the worker would. */
  const runOnEnable = async (city: { id: string }) => {
    const row = await t.runtime.platformDb.tenantModule.findFirst({ where: { tenantId: city.id, moduleId: 'contacts' } });
    const payload = { tenantId: city.id, moduleId: 'contacts', hook: 'onEnable' as const, generation: row!.generation };
    return withTenant(city.id, () => lifecycle().handle(payload, undefined as never));
  };
  const starterOf = (city: { id: string }) => withTenant(city.id, () => findEntry(t.runtime.db, STARTER_ENTRY_ID));

  it('gives a city with no entries one starter entry, however often and concurrently it runs', async () => {
    const city = await cityWithContacts();
    const runs = await Promise.all([runOnEnable(city), runOnEnable(city), runOnEnable(city)]);
    expect(runs).toEqual([{ skipped: false }, { skipped: false }, { skipped: false }]);
    await runOnEnable(city);
    expect(await withTenant(city.id, () => countEntries(t.runtime.db))).toBe(1);
    expect(await starterOf(city)).toMatchObject({ name: 'Town hall', category: 'Town hall services', phone: null, openingHours: null });
    const directory = (await t.client(city.host).get(`${API}/entries`).expect(200)).body as DirectoryJson;
    expect(entryIds(directory)).toEqual([STARTER_ENTRY_ID]);
  });

  it('inserts the starter entry once when the insert itself races', async () => {
    const city = await makeTenant(t.runtime.platformDb);
    const defaults = contactsSettings.parse({});
    const inserted = await withTenant(city.id, () =>
      Promise.all([1, 2, 3].map(() => ensureStarterEntry(t.runtime.db, defaults, 'en'))),
    );
    expect(inserted.filter(Boolean)).toHaveLength(1);
  });

  it('names the starter entry in the city’s default language', async () => {
    const paris = await cityWithContacts({ locales: ['fr', 'en'] });
    await runOnEnable(paris);
    expect(await starterOf(paris)).toMatchObject({ name: 'Mairie', category: 'Services de la mairie' });

    // The hook alone, as the platform calls it: the city's language comes from its LifecycleContext.
    const budapest = await makeTenant(t.runtime.platformDb, { locales: ['hu', 'en'] });
    const city = { slug: budapest.slug, name: budapest.name, defaultLocale: 'hu', locales: ['hu', 'en'], timeZone: 'Europe/Budapest' };
    await withTenant(budapest.id, () =>
      contactsModule.hooks!.onEnable!({ db: t.runtime.db, tenantId: budapest.id, city, settings: contactsSettings.parse({}) }),
    );
    expect(await starterOf(budapest)).toMatchObject({ name: 'Városháza', category: 'Városházi ügyintézés' });
  });

  it('files the starter entry under the city’s own first category when it has set its categories', async () => {
    const city = await cityWithContacts({ locales: ['es', 'en'], enabled: false });
    const c = city.admin.c;
    await c.put('/api/admin/modules/contacts/settings', await c.csrf()).send({ settings: { categories: ['Oficinas', 'Bibliotecas'] } }).expect(200);
    await c.post('/api/admin/modules/contacts/enable', await c.csrf()).send({}).expect(200);
    await runOnEnable(city);
    expect(await starterOf(city)).toMatchObject({ name: 'Ayuntamiento', category: 'Oficinas' });
  });

  it('adds nothing to a city that already has entries', async () => {
    const before = await withTenant(a.id, () => countEntries(t.runtime.db));
    expect(before).toBeGreaterThan(0);
    expect(await runOnEnable(a)).toEqual({ skipped: false });
    expect(await withTenant(a.id, () => countEntries(t.runtime.db))).toBe(before);
    expect(await starterOf(a)).toBeNull();
  });

  it('does nothing for a city that has switched the module off since', async () => {
    const city = await cityWithContacts();
    await city.admin.c.post('/api/admin/modules/contacts/disable', await city.admin.c.csrf()).send({}).expect(200);
    expect(await runOnEnable(city)).toEqual({ skipped: true });
    expect(await withTenant(city.id, () => countEntries(t.runtime.db))).toBe(0);
  });
});
