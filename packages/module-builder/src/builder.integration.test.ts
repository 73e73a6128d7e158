import { randomBytes } from 'node:crypto';
import { withTenant } from '@civitas/db';
import { createModuleRegistry } from '@civitas/module-sdk';
import { terracePermitsExample } from '@civitas/module-sdk/builder';
import { setEntitlements } from '@civitas/platform';
import { makeResident, makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The whole platform with no code module installed: every module here is built in the builder.
const registry = createModuleRegistry([]);
const moduleId = `tp-${randomBytes(3).toString('hex')}`;
const API = `/api/m/${moduleId}`;

let t: Awaited<ReturnType<typeof openTestApp>>;
type Account = { id: string; email: string; password: string };
type City = Awaited<ReturnType<typeof makeTenant>>;

async function signIn(city: { host: string }, account: Account, kind: 'staff' | 'resident') {
  const c = t.client(city.host);
  await c.post(`/api/auth/${kind}/sign-in`, await c.csrf()).send({ email: account.email, password: account.password }).expect(200);
  const csrf = await c.csrf();
  return {
    c,
    account,
    get: (path: string) => c.get(path),
    post: (path: string) => c.post(path, csrf),
    put: (path: string) => c.put(path, csrf),
  };
}
type Session = Awaited<ReturnType<typeof signIn>>;

/** A resident who confirmed their email (as the factory makes them): the terrace form asks for one. */
const verifiedResident = async (city: City) => signIn(city, await makeResident(t.runtime.platformDb, city.id), 'resident');

const definition = (author: string, change: (d: any) => void = () => {}) => {
  const d: any = structuredClone(terracePermitsExample);
  d.id = moduleId;
  d.author = author;
  change(d);
  return d;
};

const photo = { fileId: 'f-1', name: 'terrace.jpg', type: 'image/jpeg', size: 120_000 };
const permit = (over: Record<string, unknown> = {}) => ({
  businessName: 'Café Gerbeaud',
  contactName: 'Kovács Anna',
  email: 'anna@example.test',
  district: 'd5',
  location: { line: 'Vörösmarty tér 7' },
  areaSquareMetres: 24.5,
  seats: 40,
  startDate: '2027-04-01',
  endDate: '2027-10-31',
  photo: [photo],
  consent: true,
  ...over,
});

let budapest: City;
let baltimore: City;
let adminA: Session;
let adminB: Session;
let residentA: Session;
let residentB: Session;
let moderatorB: Session;

const waitFor = async <T>(probe: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

beforeAll(async () => {
  t = await openTestApp({}, registry);
  t.startWorker();
  const db = t.runtime.platformDb;
  budapest = await makeTenant(db, { locales: ['hu', 'en'] });
  baltimore = await makeTenant(db, { locales: ['en', 'es'] });
  adminA = await signIn(budapest, await makeStaff(db, budapest.id, 'admin'), 'staff');
  adminB = await signIn(baltimore, await makeStaff(db, baltimore.id, 'admin'), 'staff');
  moderatorB = await signIn(baltimore, await makeStaff(db, baltimore.id, 'moderator'), 'staff');
  residentA = await verifiedResident(budapest);
  residentB = await verifiedResident(baltimore);
});

afterAll(async () => {
  await t?.close();
});

describe('building and publishing', () => {
  it('keeps a draft with its problems named, and refuses to publish it until they are fixed', async () => {
    const broken = definition(budapest.slug, (d) => (d.entityTypes[0].workflow.transitions[0].to = 'nowhere'));
    const saved = await adminA.put(`/api/admin/builder/modules/${moduleId}`).send({ definition: broken }).expect(200);
    expect(saved.body.draft.errors).toEqual([
      { path: 'entityTypes[permit].workflow.transitions[startReview].to', message: expect.stringMatching(/not a state/) },
    ]);
    const refused = await adminA.post(`/api/admin/builder/modules/${moduleId}/publish`).send({ changelog: { hu: 'Első', en: 'First' } }).expect(400);
    expect(refused.body.error.fields['entityTypes[permit].workflow.transitions[startReview].to']).toMatch(/not a state/);
  });

  it('builds a module only as the city itself, and only by an admin', async () => {
    const bad = await adminA.put(`/api/admin/builder/modules/${moduleId}`).send({ definition: definition('paris') }).expect(400);
    expect(bad.body.error.fields['definition.author']).toBe(`must be ${budapest.slug}`);
    const editor = await signIn(budapest, await makeStaff(t.runtime.platformDb, budapest.id, 'editor'), 'staff');
    await editor.put(`/api/admin/builder/modules/${moduleId}`).send({ definition: definition(budapest.slug) }).expect(403);
  });

  it('publishes 1.0.0, private to the author city, beside code modules in its catalogue', async () => {
    await adminA.put(`/api/admin/builder/modules/${moduleId}`).send({ definition: definition(budapest.slug) }).expect(200);
    const preview = await adminA.get(`/api/admin/builder/modules/${moduleId}/publish`).expect(200);
    expect(preview.body).toMatchObject({ errors: [], latest: null, nextVersion: '1.0.0' });
    const published = await adminA.post(`/api/admin/builder/modules/${moduleId}/publish`).send({ changelog: { hu: 'Első változat', en: 'First version' } }).expect(201);
    expect(published.body.version).toBe('1.0.0');

    const own = (await adminA.get('/api/admin/modules').expect(200)).body.modules.find((m: { id: string }) => m.id === moduleId);
    expect(own).toMatchObject({ author: { slug: budapest.slug }, latestVersion: '1.0.0', visibility: 'private', isOwn: true });
    const elsewhere = (await adminB.get('/api/admin/modules').expect(200)).body.modules.map((m: { id: string }) => m.id);
    expect(elsewhere).not.toContain(moduleId);
    const row = await t.runtime.platformDb.catalogModule.findFirst({ where: { id: moduleId } });
    expect(row?.source).toBe('built');
  });

  it('classifies the next publish and refuses a breaking change labelled minor', async () => {
    // Removing a field breaks entries written with it: major.
    const withoutNotes = definition(budapest.slug, (d) => (d.entityTypes[0].fields = d.entityTypes[0].fields.filter((f: any) => f.key !== 'notes')));
    await adminA.put(`/api/admin/builder/modules/${moduleId}`).send({ definition: withoutNotes }).expect(200);
    const preview = await adminA.get(`/api/admin/builder/modules/${moduleId}/publish`).expect(200);
    expect(preview.body.change.level).toBe('major');
    expect(preview.body.nextVersion).toBe('2.0.0');
    const refused = await adminA.post(`/api/admin/builder/modules/${moduleId}/publish`).send({ version: '1.1.0', changelog: { hu: 'x', en: 'x' } }).expect(409);
    expect(refused.body.error.message).toMatch(/change is major, so it needs version 2.0.0/);
    expect(refused.body.error.details.change.reasons).toContainEqual(expect.objectContaining({ path: 'entityTypes[permit].fields[notes]', level: 'major' }));

    // A new optional field instead is minor, and goes out as 1.1.0.
    const withWebsite = definition(budapest.slug, (d) => d.entityTypes[0].fields.push({ key: 'website', type: 'shortText', label: { hu: 'Honlap', en: 'Website' } }));
    await adminA.put(`/api/admin/builder/modules/${moduleId}`).send({ definition: withWebsite }).expect(200);
    const minor = await adminA.post(`/api/admin/builder/modules/${moduleId}/publish`).send({ version: '1.1.0', changelog: { hu: 'Honlap mező', en: 'Website field' } }).expect(201);
    expect(minor.body.change.level).toBe('minor');
    const versions = (await adminA.get(`/api/admin/builder/modules/${moduleId}`).expect(200)).body.versions.map((v: { version: string }) => v.version);
    expect(versions).toEqual(['1.1.0', '1.0.0']);
  });

  it('keeps published versions immutable, even for the platform role', async () => {
    await expect(
      t.runtime.platformDb.builderVersion.updateMany({ where: { moduleId, version: '1.0.0' }, data: { changeLevel: 'patch' } }),
    ).rejects.toThrow(/immutable/);
  });

  it('refuses the id of another city’s module', async () => {
    const other = await makeTenant(t.runtime.platformDb);
    const thief = await signIn(other, await makeStaff(t.runtime.platformDb, other.id, 'admin'), 'staff');
    await thief.put(`/api/admin/builder/modules/${moduleId}`).send({ definition: definition(other.slug) }).expect(200);
    const res = await thief.post(`/api/admin/builder/modules/${moduleId}/publish`).send({ changelog: { hu: 'x', en: 'x' } }).expect(409);
    expect(res.body.error.code).toBe('id_taken');
  });
});

describe('another city switches it on', () => {
  it('is shared by its author and switched on through the module system, like a code module', async () => {
    await adminA.post(`/api/admin/modules/${moduleId}/share`).send({}).expect(200);
    await setEntitlements(t.runtime.platformDb, baltimore.id, [moduleId], 'test');
    await setEntitlements(t.runtime.platformDb, budapest.id, [moduleId], 'test');
    await t.client(baltimore.host).get(`${API}/definition`).expect(404);
    await adminB.post(`/api/admin/modules/${moduleId}/enable`).send({}).expect(200);
    await adminA.post(`/api/admin/modules/${moduleId}/enable`).send({}).expect(200);
    const card = (await adminB.get(`/api/admin/modules/${moduleId}`).expect(200)).body.module;
    expect(card).toMatchObject({ author: { slug: budapest.slug }, latestVersion: '1.1.0', state: { enabled: true, version: '1.1.0' } });
    const site = await t.client(baltimore.host).get('/api/site').expect(200);
    expect(site.body.modules.map((m: { id: string }) => m.id)).toContain(moduleId);
    const audit = await adminB.get(`/api/admin/audit?module=${moduleId}&action=module.enabled`).expect(200);
    expect(audit.body.events).toHaveLength(1);
    // Its permissions can be granted in the role editor like any module's.
    const permissions = (await adminB.get('/api/admin/permissions').expect(200)).body.permissions.map((p: { id: string }) => p.id);
    expect(permissions).toEqual(expect.arrayContaining([`${moduleId}.review`, `${moduleId}.decide`]));
  });

  it('validates a submission on the server, naming each field', async () => {
    const bad = await residentB.post(`${API}/forms/request`).send(permit({ email: 'nope', seats: 0, photo: [{ ...photo, type: 'application/pdf' }], businessName: '' })).expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['businessName', 'email', 'photo', 'seats']);
    const hidden = await residentB.post(`${API}/forms/request`).send(permit({ heaters: true })).expect(400);
    expect(hidden.body.error.fields).toEqual({ heaterCount: expect.stringMatching(/required/) });
    const unknown = await residentB.post(`${API}/forms/request`).send(permit({ inspectorNotes: 'mine' })).expect(400);
    expect(unknown.body.error.fields.inspectorNotes).toMatch(/not a field/);
  });

  it('takes a resident’s entry, records the version, and emails the submitter', async () => {
    const res = await residentB.post(`${API}/forms/request`).send(permit({ heaters: true, heaterCount: 2, website: 'https://cafe.example' })).expect(201);
    expect(res.body.confirmation).toMatch(/we have your request/);
    expect(res.body.entry).toMatchObject({ state: 'submitted', version: '1.1.0', values: { businessName: 'Café Gerbeaud', heaterCount: 2 } });
    const mail = await waitFor(() => t.smtp.messages.find((m) => m.to.includes(residentB.account.email)), 'the confirmation email');
    expect(mail.subject).toBe(`We have your request (${res.body.entry.reference})`);
    expect(mail.text).toContain(`/m/${moduleId}/mine/${res.body.entry.id}`);
  });

  it('answers only verified residents, and not anonymous visitors', async () => {
    const anonymous = t.client(baltimore.host);
    await anonymous.post(`${API}/forms/request`, await anonymous.csrf()).send(permit()).expect(401);
    const account = await makeResident(t.runtime.platformDb, baltimore.id);
    await t.runtime.platformDb.resident.updateMany({ where: { tenantId: baltimore.id, id: account.id }, data: { emailVerifiedAt: null } });
    const unverified = await signIn(baltimore, account, 'resident');
    await unverified.post(`${API}/forms/request`).send(permit()).expect(403);
  });

  it('moves an entry through the workflow with the permission each step needs, emailing the submitter', async () => {
    const created = (await residentB.post(`${API}/forms/request`).send(permit({ businessName: 'Harbor Café' })).expect(201)).body.entry;
    const step = (as: Session, transition: string, body: object = {}) => as.post(`${API}/staff/entries/${created.id}/transitions/${transition}`).send(body);
    await step(residentB, 'startReview').expect(401);
    // Approving needs `decide`, which moderators do not hold; reviewing they may.
    await step(moderatorB, 'approve').expect(403);
    await step(moderatorB, 'startReview', { comment: 'x' }).expect(400);
    const reviewing = await step(moderatorB, 'startReview').expect(200);
    expect(reviewing.body.entry).toMatchObject({ state: 'underReview', transitions: [{ key: 'approve' }, { key: 'reject' }] });
    await step(adminB, 'startReview').expect(409);
    const missing = await step(adminB, 'reject').expect(400);
    expect(missing.body.error.fields.comment).toMatch(/required/);
    await step(adminB, 'approve', { comment: 'Tables until 22:00.' }).expect(200);

    const mail = await waitFor(
      () => t.smtp.messages.find((m) => m.to.includes(residentB.account.email) && m.subject.startsWith('Your terrace permit is approved')),
      'the approval email',
    );
    expect(mail.text).toContain('Tables until 22:00.');
    const mine = await residentB.get(`${API}/mine/${created.id}`).expect(200);
    expect(mine.body.entry).toMatchObject({ state: 'approved', stateLabel: 'Approved', history: [{ state: 'underReview' }, { state: 'approved', comment: 'Tables until 22:00.' }] });
  });

  it('lists approved entries publicly with filters and pages, showing only the page’s columns', async () => {
    const list = await t.client(baltimore.host).get(`${API}/pages/approved?district=d5&locale=en`).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(list.body.entries[0].values).toEqual({ businessName: 'Harbor Café', district: 'd5', startDate: '2027-04-01', endDate: '2027-10-31' });
    expect((await t.client(baltimore.host).get(`${API}/pages/approved?district=d6`).expect(200)).body.total).toBe(0);
    expect((await t.client(baltimore.host).get(`${API}/pages/approved?startDate.from=2027-03-01&startDate.to=2027-04-01`).expect(200)).body.total).toBe(1);
    expect((await t.client(baltimore.host).get(`${API}/pages/approved?startDate.from=2027-04-02`).expect(200)).body.total).toBe(0);
    const bad = await t.client(baltimore.host).get(`${API}/pages/approved?district=d99`).expect(400);
    expect(bad.body.error.fields.district).toMatch(/not one of the options/);
    await t.client(baltimore.host).get(`${API}/pages/approved?colour=red`).expect(400);
    const detail = await t.client(baltimore.host).get(`${API}/pages/approved/${list.body.entries[0].id}`).expect(200);
    expect(Object.keys(detail.body.entry.values)).not.toContain('email');
  });

  it('lists a resident’s own submissions only', async () => {
    const mine = await residentB.get(`${API}/mine`).expect(200);
    expect(mine.body.entries).toHaveLength(2);
    const other = await verifiedResident(baltimore);
    expect((await other.get(`${API}/mine`).expect(200)).body.entries).toEqual([]);
    await other.get(`${API}/mine/${mine.body.entries[0].id}`).expect(404);
  });
});

describe('isolation', () => {
  it('keeps two cities’ entries apart by row-level security', async () => {
    await residentA.post(`${API}/forms/request`).send(permit({ businessName: 'Budapest Kávéház' })).expect(201);
    const a = await adminA.get(`${API}/staff/entries`).expect(200);
    const b = await adminB.get(`${API}/staff/entries?locale=en`).expect(200);
    expect(a.body.entries.map((e: { values: { businessName: string } }) => e.values.businessName)).toEqual(['Budapest Kávéház']);
    expect(b.body.entries.map((e: { values: { businessName: string } }) => e.values.businessName).sort()).toEqual(['Café Gerbeaud', 'Harbor Café']);
    const baltimoreEntry = b.body.entries[0].id;
    await adminA.get(`${API}/staff/entries/${baltimoreEntry}`).expect(404);
    // Even a query naming the other city finds nothing in this city's scope.
    const seen = await withTenant(budapest.id, () => t.runtime.db.builderEntry.findMany({ where: { tenantId: baltimore.id } }));
    expect(seen).toEqual([]);
  });

  it('serves each city the version it runs', async () => {
    const { definition: d } = (await residentB.get(`${API}/definition`).expect(200)).body;
    expect(d.entityTypes[0].fields.map((f: { key: string }) => f.key)).toContain('website');
    await t.runtime.platformDb.tenantModule.updateMany({ where: { tenantId: baltimore.id, moduleId }, data: { version: '1.0.0' } });
    await t.runtime.modules.invalidate(baltimore.id);
    const old = await residentB.post(`${API}/forms/request`).send(permit({ website: 'https://x.example' })).expect(400);
    expect(old.body.error.fields.website).toMatch(/not a field/);
    const created = await residentB.post(`${API}/forms/request`).send(permit()).expect(201);
    expect(created.body.entry.version).toBe('1.0.0');
  });
});
