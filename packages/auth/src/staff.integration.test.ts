import { randomBytes } from 'node:crypto';
import { createModuleRegistry, defineModule } from '@civitas/module-sdk';
import { setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import { makeResident, makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import { Router } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const moduleId = `perm${randomBytes(3).toString('hex')}`;
const guarded = defineModule({
  id: moduleId,
  version: '1.0.0',
  name: { en: 'Guarded' },
  description: { en: 'Has a permission only admins hold by default' },
  author: 'nowhere',
  category: 'administration',
  dependsOn: {},
  settings: z.object({}),
  permissions: [{ id: `${moduleId}.publish`, description: { en: 'Publish' }, defaultRoles: ['admin'] }],
  tables: [],
  changelog: [{ version: '1.0.0', date: '2026-11-27', notes: { en: 'First' } }],
  navigation: [],
  api: (ctx) =>
    Router().post('/publish', ctx.requirePermission(`${moduleId}.publish`), (_req, res) => {
      res.json({ published: true });
    }),
});

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: Awaited<ReturnType<typeof makeTenant>>;
let other: Awaited<ReturnType<typeof makeTenant>>;

beforeAll(async () => {
  t = await openTestApp({}, createModuleRegistry([guarded]));
  t.startWorker();
  city = await makeTenant(t.runtime.platformDb, { name: 'Lyon' });
  other = await makeTenant(t.runtime.platformDb, { name: 'Nantes' });
  await shareModuleAsPlatform(t.runtime.platformDb, moduleId, 'test');
  await setEntitlements(t.runtime.platformDb, city.id, [moduleId], 'test');
});
afterAll(() => t.close());

const linkIn = (text: string) => /https?:\/\/\S+/.exec(text)![0];
const tokenFrom = (link: string) => new URL(link).searchParams.get('token')!;

async function signedIn(host: string, account: { email: string; password: string }) {
  const c = t.client(host);
  await c.post('/api/auth/staff/sign-in', await c.csrf()).send({ email: account.email, password: account.password }).expect(200);
  return c;
}

describe('staff invitations', () => {
  it('invites by email with a link on the city’s domain; the invitee sets a password and is staff with that role', async () => {
    const admin = await signedIn(city.host, await makeStaff(t.runtime.platformDb, city.id));
    const invited = await admin.post('/api/admin/staff/invitations', await admin.csrf()).send({ email: 'new.editor@example.test', role: 'editor', permissions: [] });
    expect(invited.status).toBe(201);
    const pending = await admin.get('/api/admin/staff/invitations').expect(200);
    expect(pending.body.invitations.map((i: { email: string }) => i.email)).toContain('new.editor@example.test');

    const mail = await t.smtp.waitFor((m) => m.to.includes('new.editor@example.test'));
    const link = linkIn(mail.text);
    expect(new URL(link).host).toBe(`${city.host}:3000`);
    expect(new URL(link).pathname).toBe('/admin/accept-invitation');
    const token = tokenFrom(link);

    // The token means nothing on another city's host.
    const elsewhere = t.client(other.host);
    expect((await elsewhere.get(`/api/auth/staff/invitation?token=${token}`)).status).toBe(400);

    const invitee = t.client(city.host);
    const shown = await invitee.get(`/api/auth/staff/invitation?token=${token}`).expect(200);
    expect(shown.body.invitation).toMatchObject({ email: 'new.editor@example.test', role: 'editor', cityName: 'Lyon' });
    const accepted = await invitee.post('/api/auth/staff/accept-invitation', await invitee.csrf()).send({ token, displayName: 'Noa', password: 'a strong password here' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.user).toMatchObject({ role: 'editor', email: 'new.editor@example.test' });
    await invitee.get('/api/admin/overview').expect(200);
    const reused = await t.client(city.host).post('/api/auth/staff/accept-invitation', await invitee.csrf()).send({ token, displayName: 'X', password: 'a strong password here' });
    expect([403, 410]).toContain(reused.status);
  });

  it('refuses inviting someone already on the staff, and lets an admin revoke an invitation', async () => {
    const existing = await makeStaff(t.runtime.platformDb, city.id, 'moderator');
    const admin = await signedIn(city.host, await makeStaff(t.runtime.platformDb, city.id));
    const dup = await admin.post('/api/admin/staff/invitations', await admin.csrf()).send({ email: existing.email, role: 'editor', permissions: [] });
    expect(dup.status).toBe(409);
    const created = await admin.post('/api/admin/staff/invitations', await admin.csrf()).send({ email: 'revoked@example.test', role: 'moderator', permissions: [] }).expect(201);
    const mail = await t.smtp.waitFor((m) => m.to.includes('revoked@example.test'));
    await admin.delete(`/api/admin/staff/invitations/${created.body.invitation.id}`).set('x-csrf-token', await admin.csrf()).expect(204);
    const res = await t.client(city.host).get(`/api/auth/staff/invitation?token=${tokenFrom(linkIn(mail.text))}`);
    expect(res.status).toBe(410);
  });
});

describe('roles', () => {
  it('always keeps at least one admin', async () => {
    const lone = await makeTenant(t.runtime.platformDb);
    const only = await makeStaff(t.runtime.platformDb, lone.id, 'admin');
    const c = await signedIn(lone.host, only);
    const demote = await c.patch(`/api/admin/staff/${only.id}`, await c.csrf()).send({ role: 'editor', permissions: [] });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('last_admin');
    const remove = await c.delete(`/api/admin/staff/${only.id}`).set('x-csrf-token', await c.csrf());
    expect(remove.status).toBe(409);
    const second = await makeStaff(t.runtime.platformDb, lone.id, 'admin');
    await c.patch(`/api/admin/staff/${second.id}`, await c.csrf()).send({ role: 'editor', permissions: [] }).expect(200);
  });

  it('checks roles on every admin route, on the server', async () => {
    const editor = await signedIn(city.host, await makeStaff(t.runtime.platformDb, city.id, 'editor'));
    const moderator = await signedIn(city.host, await makeStaff(t.runtime.platformDb, city.id, 'moderator'));
    const resident = await makeResident(t.runtime.platformDb, city.id);
    const r = t.client(city.host);
    await r.post('/api/auth/resident/sign-in', await r.csrf()).send({ email: resident.email, password: resident.password }).expect(200);
    const adminOnly: [string, string, object?][] = [
      ['get', '/api/admin/staff'],
      ['get', '/api/admin/staff/invitations'],
      ['post', '/api/admin/staff/invitations', { email: 'x@example.test', role: 'editor', permissions: [] }],
      ['get', '/api/admin/permissions'],
      ['get', '/api/admin/audit'],
      ['put', '/api/admin/branding', {}],
      ['post', `/api/admin/modules/${moduleId}/enable`, {}],
    ];
    for (const [method, path, body] of adminOnly) {
      for (const c of [editor, moderator]) {
        const req = method === 'get' ? c.get(path) : (c as any)[method](path, await c.csrf()).send(body);
        expect((await req).status, `${method} ${path}`).toBe(403);
      }
      const asResident = method === 'get' ? r.get(path) : (r as any)[method](path, await r.csrf()).send(body);
      expect((await asResident).status, `${method} ${path} as resident`).toBe(401);
    }
  });

  it('grants a module permission to one person on top of their role', async () => {
    const admin = await signedIn(city.host, await makeStaff(t.runtime.platformDb, city.id));
    await admin.post(`/api/admin/modules/${moduleId}/enable`, await admin.csrf()).send({}).expect(200);
    const editorAccount = await makeStaff(t.runtime.platformDb, city.id, 'editor');
    const editor = await signedIn(city.host, editorAccount);
    await editor.post(`/api/m/${moduleId}/publish`, await editor.csrf()).send({}).expect(403);

    const perms = await admin.get('/api/admin/permissions').expect(200);
    expect(perms.body.permissions).toContainEqual(expect.objectContaining({ id: `${moduleId}.publish`, module: moduleId, defaultRoles: ['admin'] }));
    const unknown = await admin.patch(`/api/admin/staff/${editorAccount.id}`, await admin.csrf()).send({ role: 'editor', permissions: ['made.up'] });
    expect(unknown.status).toBe(400);
    await admin.patch(`/api/admin/staff/${editorAccount.id}`, await admin.csrf()).send({ role: 'editor', permissions: [`${moduleId}.publish`] }).expect(200);
    await editor.post(`/api/m/${moduleId}/publish`, await editor.csrf()).send({}).expect(200);
    const audit = await admin.get('/api/admin/audit?action=staff.access_changed').expect(200);
    expect(audit.body.events[0]).toMatchObject({ targetId: editorAccount.id, after: { permissions: [`${moduleId}.publish`] } });
  });

  it('ends a removed staff member’s access at once', async () => {
    const admin = await signedIn(city.host, await makeStaff(t.runtime.platformDb, city.id));
    const leaving = await makeStaff(t.runtime.platformDb, city.id, 'editor');
    const c = await signedIn(city.host, leaving);
    await c.get('/api/admin/overview').expect(200);
    await admin.delete(`/api/admin/staff/${leaving.id}`).set('x-csrf-token', await admin.csrf()).expect(204);
    await c.get('/api/admin/overview').expect(401);
  });
});
