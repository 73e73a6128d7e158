import { type AppClient, requireTenantId, type StaffRole } from '@civitas/db';

export async function countAdmins(db: Pick<AppClient, 'staffAccount'>) {
  return db.staffAccount.count({ where: { tenantId: requireTenantId(), role: 'admin' } });
}

export async function updateStaffAccess(db: Pick<AppClient, 'staffAccount'>, id: string, data: { role: StaffRole; permissions: string[] }) {
  return db.staffAccount.update({
    where: { tenantId_id: { tenantId: requireTenantId(), id } },
    // Access changes take effect on the next request (roles are read per request); sessions stay.
    data,
  });
}

export async function removeStaff(db: Pick<AppClient, 'staffAccount' | 'accountToken'>, id: string) {
  const tenantId = requireTenantId();
  await db.accountToken.deleteMany({ where: { tenantId, accountKind: 'staff', accountId: id } });
  return db.staffAccount.deleteMany({ where: { tenantId, id } });
}

export async function createStaffFromInvitation(
  db: Pick<AppClient, 'staffAccount'>,
  data: { email: string; displayName: string; passwordHash: string; role: StaffRole; permissions: string[] },
) {
  // Accepting signs them in: that is their first sign-in.
  return db.staffAccount.create({ data: { ...data, tenantId: requireTenantId(), lastSignInAt: new Date() } });
}

export async function listPendingInvitations(db: Pick<AppClient, 'accountToken'>) {
  return db.accountToken.findMany({
    where: { tenantId: requireTenantId(), kind: 'staff_invite', usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, email: true, role: true, permissions: true, invitedBy: true, createdAt: true, expiresAt: true },
  });
}

export async function revokeInvitation(db: Pick<AppClient, 'accountToken'>, id: string) {
  return db.accountToken.updateMany({
    where: { tenantId: requireTenantId(), id, kind: 'staff_invite', usedAt: null },
    data: { expiresAt: new Date() },
  });
}
