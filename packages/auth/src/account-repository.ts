import { type AppClient, type PlatformClient, requireTenantId } from '@civitas/db';

const normalize = (email: string) => email.trim().toLowerCase();

export async function findResidentByEmail(db: AppClient, email: string) {
  const tenantId = requireTenantId();
  return db.resident.findFirst({ where: { tenantId, email: normalize(email) } });
}

export async function findResidentById(db: AppClient, id: string) {
  return db.resident.findFirst({ where: { tenantId: requireTenantId(), id } });
}

export async function createResident(
  db: AppClient,
  data: { email: string; displayName: string; passwordHash: string; locale?: string },
) {
  return db.resident.create({ data: { ...data, email: normalize(data.email), tenantId: requireTenantId() } });
}

export async function findStaffByEmail(db: AppClient, email: string) {
  return db.staffAccount.findFirst({ where: { tenantId: requireTenantId(), email: normalize(email) } });
}

export async function findStaffById(db: AppClient, id: string) {
  return db.staffAccount.findFirst({ where: { tenantId: requireTenantId(), id } });
}

export async function listStaff(db: AppClient) {
  return db.staffAccount.findMany({
    where: { tenantId: requireTenantId() },
    orderBy: { email: 'asc' },
    select: { id: true, email: true, displayName: true, role: true, permissions: true, lastSignInAt: true, createdAt: true },
  });
}

export async function countAccounts(db: AppClient) {
  const tenantId = requireTenantId();
  const [staff, residents] = await Promise.all([
    db.staffAccount.count({ where: { tenantId } }),
    db.resident.count({ where: { tenantId } }),
  ]);
  return { staff, residents };
}

export async function markSignedIn(db: AppClient, kind: 'resident' | 'staff', id: string, at: Date) {
  const where = { tenantId: requireTenantId(), id };
  return kind === 'resident'
    ? db.resident.updateMany({ where, data: { lastSignInAt: at } })
    : db.staffAccount.updateMany({ where, data: { lastSignInAt: at } });
}

export async function findOperatorByEmail(platformDb: PlatformClient, email: string) {
  return platformDb.operator.findFirst({ where: { email: normalize(email) } });
}

export async function findOperatorById(platformDb: PlatformClient, id: string) {
  return platformDb.operator.findFirst({ where: { id } });
}
