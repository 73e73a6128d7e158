import { recordAudit } from '@civitas/audit';
import type { AppClient, StaffRole } from '@civitas/db';
import { HttpError } from '@civitas/http';
import type { ResolvedTenant } from '@civitas/tenancy';
import { findStaffByEmail } from './account-repository.ts';
import type { AccountMailer } from './account-mail.ts';
import { issueToken } from './account-tokens.ts';

export const ROLE_LABELS: Record<StaffRole, string> = { admin: 'Administrator', editor: 'Editor', moderator: 'Moderator' };

/**
 * Invites someone to the city's staff: a single-use link by email, valid a week. Runs inside the
 * city's tenant scope. `onlyOnce` makes a repeated call (a retried provisioning step) send nothing
 * when an invitation is already pending or the person is already staff.
 */
export async function inviteStaff(
  deps: { db: AppClient; mailer: AccountMailer },
  input: {
    tenant: ResolvedTenant;
    email: string;
    role: StaffRole;
    permissions: string[];
    invitedBy: { id: string | null; label: string; displayName: string; type: 'staff' | 'operator' | 'system' };
    onlyOnce?: boolean;
  },
) {
  const { db, mailer } = deps;
  if (await findStaffByEmail(db, input.email)) {
    if (input.onlyOnce) return null;
    throw new HttpError(409, 'already_staff', `${input.email} is already on this city's staff.`, { email: 'is already a staff member' });
  }
  if (input.onlyOnce) {
    const pending = await db.accountToken.findFirst({
      where: { tenantId: input.tenant.id, kind: 'staff_invite', email: input.email, usedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true },
    });
    if (pending) return null;
  }
  const issued = await db.$transaction(async (tx) => {
    const client = tx as unknown as AppClient;
    const result = await issueToken(client, {
      kind: 'staff_invite',
      accountKind: 'staff',
      accountId: null,
      email: input.email,
      role: input.role,
      permissions: input.permissions,
      invitedBy: input.invitedBy.displayName,
    });
    await recordAudit(client, {
      actor: { type: input.invitedBy.type === 'operator' ? 'operator' : input.invitedBy.type, id: input.invitedBy.id, label: input.invitedBy.label },
      action: 'staff.invited',
      targetType: 'invitation',
      targetId: result.record.id,
      after: { email: input.email, role: input.role, permissions: input.permissions },
    });
    return result;
  });
  await mailer.send({
    tenant: input.tenant,
    key: `staff-invite.${issued.record.id}`,
    template: 'staff-invite',
    locale: input.tenant.defaultLocale,
    to: input.email,
    data: {
      cityName: input.tenant.name,
      inviterName: input.invitedBy.displayName,
      roleLabel: ROLE_LABELS[input.role],
      link: mailer.link(input.tenant, `/admin/accept-invitation?token=${issued.token}`),
    },
  });
  return issued.record;
}
