import { type AppClient, requireTenantId } from '@civitas/db';

const normalize = (email: string) => email.trim().toLowerCase();

export async function markResidentVerified(db: Pick<AppClient, 'resident'>, id: string, email?: string) {
  return db.resident.updateMany({
    where: { tenantId: requireTenantId(), id },
    data: { emailVerifiedAt: new Date(), ...(email ? { email: normalize(email) } : {}) },
  });
}

/** New password; every session of the account ends (its epoch moves on). */
export async function setResidentPassword(db: Pick<AppClient, 'resident'>, id: string, passwordHash: string) {
  return db.resident.update({
    where: { tenantId_id: { tenantId: requireTenantId(), id } },
    data: { passwordHash, sessionEpoch: { increment: 1 } },
  });
}

export async function bumpResidentEpoch(db: Pick<AppClient, 'resident'>, id: string) {
  return db.resident.update({
    where: { tenantId_id: { tenantId: requireTenantId(), id } },
    data: { sessionEpoch: { increment: 1 } },
  });
}

export async function updateResidentProfile(
  db: Pick<AppClient, 'resident'>,
  id: string,
  data: { displayName: string; district: string | null; birthYear: number | null; locale?: string },
) {
  return db.resident.update({ where: { tenantId_id: { tenantId: requireTenantId(), id } }, data });
}

export async function deleteResident(db: Pick<AppClient, 'resident' | 'accountToken' | 'privacyExport'>, id: string) {
  const tenantId = requireTenantId();
  await db.accountToken.deleteMany({ where: { tenantId, accountKind: 'resident', accountId: id } });
  await db.privacyExport.deleteMany({ where: { tenantId, residentId: id } });
  await db.resident.deleteMany({ where: { tenantId, id } });
}

export async function emailTaken(db: Pick<AppClient, 'resident'>, email: string) {
  return (await db.resident.count({ where: { tenantId: requireTenantId(), email: normalize(email) } })) > 0;
}
