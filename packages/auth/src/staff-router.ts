import { recordAudit } from '@civitas/audit';
import { type AppClient, Prisma, type StaffRole } from '@civitas/db';
import { HttpError, notFound, parseInput } from '@civitas/http';
import { cityOf } from '@civitas/tenancy';
import { type Request, Router } from 'express';
import { z } from 'zod';
import { findStaffByEmail, findStaffById, listStaff } from './account-repository.ts';
import type { AccountMailer } from './account-mail.ts';
import { consumeToken, peekToken } from './account-tokens.ts';
import { inviteStaff, ROLE_LABELS } from './invite-staff.ts';
import { establishSession } from './establish-session.ts';
import { hashPassword, PASSWORD_MIN_LENGTH } from './password.ts';
import { requireStaff } from './require-principal.ts';
import { countAdmins, createStaffFromInvitation, listPendingInvitations, removeStaff, revokeInvitation, updateStaffAccess } from './staff-repository.ts';

const ROLES = ['admin', 'editor', 'moderator'] as const;

export interface DeclaredPermission {
  id: string;
  module: string;
  description: { en: string };
  defaultRoles: StaffRole[];
}

/** Staff of the city: invitations by email, roles and module permissions, removal. */
export function createStaffRouter({
  db,
  mailer,
  permissions: declared,
}: {
  db: AppClient;
  mailer: AccountMailer;
  /** A list, or a function for a registry that changes at run time (built modules). */
  permissions: DeclaredPermission[] | (() => DeclaredPermission[]);
}) {
  const router = Router();
  const admin = requireStaff(db, ['admin']);
  const permissions = () => (typeof declared === 'function' ? declared() : declared);
  const access = z.object({
    role: z.enum(ROLES, 'must be admin, editor or moderator'),
    permissions: z
      .array(z.string())
      .max(100)
      .default([])
      .refine((list) => {
        const known = new Set(permissions().map((p) => p.id));
        return list.every((p) => known.has(p));
      }, 'contains a permission no installed module declares'),
  });
  const actor = (req: Request) => ({ type: 'staff' as const, id: req.staff!.id, label: req.staff!.email });
  const staffId = (req: Request) => {
    const parsed = z.uuid().safeParse(req.params.id);
    if (!parsed.success) throw notFound('This staff member');
    return parsed.data;
  };

  router.get('/admin/permissions', admin, (_req, res) => {
    res.json({ roles: ROLES.map((r) => ({ id: r, label: ROLE_LABELS[r] })), permissions: permissions() });
  });

  router.get('/admin/staff/invitations', admin, async (_req, res) => {
    res.json({ invitations: await listPendingInvitations(db) });
  });

  router.post('/admin/staff/invitations', admin, async (req, res) => {
    const body = parseInput(access.extend({ email: z.string().trim().toLowerCase().email('must be an email address').max(254) }), req.body);
    const staff = req.staff!;
    const invitation = await inviteStaff(
      { db, mailer },
      {
        tenant: cityOf(req),
        email: body.email,
        role: body.role,
        permissions: body.permissions,
        invitedBy: { type: 'staff', id: staff.id, label: staff.email, displayName: staff.displayName },
      },
    );
    res.status(201).json({ invitation: { id: invitation!.id, email: body.email, role: body.role, expiresAt: invitation!.expiresAt } });
  });

  router.delete('/admin/staff/invitations/:id', admin, async (req, res) => {
    const revoked = await revokeInvitation(db, staffId(req));
    if (revoked.count === 0) throw notFound('This invitation');
    await recordAudit(db, { actor: actor(req), action: 'staff.invitation_revoked', targetType: 'invitation', targetId: String(req.params.id) });
    res.status(204).end();
  });

  router.patch('/admin/staff/:id', admin, async (req, res) => {
    const id = staffId(req);
    const body = parseInput(access, req.body);
    const updated = await db.$transaction(async (tx) => {
      const client = tx as unknown as AppClient;
      const before = await findStaffById(client, id);
      if (!before) throw notFound('This staff member');
      if (before.role === 'admin' && body.role !== 'admin' && (await countAdmins(client)) <= 1) {
        throw new HttpError(409, 'last_admin', 'A city always keeps at least one administrator. Make someone else an administrator first.');
      }
      const row = await updateStaffAccess(client, id, body);
      await recordAudit(client, {
        actor: actor(req),
        action: 'staff.access_changed',
        targetType: 'staff_account',
        targetId: id,
        before: { role: before.role, permissions: before.permissions },
        after: body,
      });
      return row;
    }, { isolationLevel: Prisma.TransactionIsolationLevel.Serializable });
    res.json({ staff: { id: updated.id, email: updated.email, role: updated.role, permissions: updated.permissions } });
  });

  router.delete('/admin/staff/:id', admin, async (req, res) => {
    const id = staffId(req);
    await db.$transaction(async (tx) => {
      const client = tx as unknown as AppClient;
      const before = await findStaffById(client, id);
      if (!before) throw notFound('This staff member');
      if (before.role === 'admin' && (await countAdmins(client)) <= 1) {
        throw new HttpError(409, 'last_admin', 'A city always keeps at least one administrator.');
      }
      await removeStaff(client, id);
      await recordAudit(client, { actor: actor(req), action: 'staff.removed', targetType: 'staff_account', targetId: id, before: { email: before.email, role: before.role } });
    }, { isolationLevel: Prisma.TransactionIsolationLevel.Serializable });
    res.status(204).end();
  });

  router.get('/admin/staff', admin, async (_req, res) => {
    res.json({ staff: await listStaff(db) });
  });

  // The invitee, from the emailed link (no session yet).
  router.get('/auth/staff/invitation', async (req, res) => {
    const { token } = parseInput(z.object({ token: z.string().min(20).max(200) }), req.query, 'query');
    const invitation = await peekToken(db, 'staff_invite', token);
    res.json({ invitation: { email: invitation.email, role: invitation.role, cityName: cityOf(req).name, invitedBy: invitation.invitedBy } });
  });

  router.post('/auth/staff/accept-invitation', async (req, res) => {
    const body = parseInput(
      z.object({
        token: z.string().min(20).max(200),
        displayName: z.string().trim().min(1, 'is required').max(100),
        password: z.string().min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`).max(200),
      }),
      req.body,
    );
    const passwordHash = await hashPassword(body.password);
    const staff = await db.$transaction(async (tx) => {
      const client = tx as unknown as AppClient;
      const invitation = await consumeToken(client, 'staff_invite', body.token);
      if (await findStaffByEmail(client, invitation.email)) {
        throw new HttpError(409, 'already_staff', 'This address already has a staff account here. Sign in instead.');
      }
      const created = await createStaffFromInvitation(client, {
        email: invitation.email,
        displayName: body.displayName,
        passwordHash,
        role: invitation.role ?? 'editor',
        permissions: invitation.permissions,
      });
      await recordAudit(client, { actor: { type: 'staff', id: created.id, label: created.email }, action: 'staff.joined', targetType: 'staff_account', targetId: created.id, after: { role: created.role } });
      return created;
    });
    await establishSession(req, { kind: 'staff', id: staff.id, epoch: staff.sessionEpoch });
    res.status(201).json({ user: { kind: 'staff', id: staff.id, email: staff.email, displayName: staff.displayName, role: staff.role, permissions: staff.permissions } });
  });

  return router;
}
