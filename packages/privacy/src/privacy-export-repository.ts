import { type AppClient, requireTenantId } from '@civitas/db';

const WEEK_MS = 7 * 24 * 3600_000;

export async function createPrivacyExport(db: AppClient, residentId: string) {
  return db.privacyExport.create({
    data: { tenantId: requireTenantId(), residentId, expiresAt: new Date(Date.now() + WEEK_MS) },
    select: { id: true, status: true, createdAt: true, expiresAt: true },
  });
}

export async function findPendingExport(db: AppClient, residentId: string) {
  return db.privacyExport.findFirst({ where: { tenantId: requireTenantId(), residentId, status: 'pending' }, select: { id: true } });
}

/** The resident's exports, newest first, without the archives themselves. */
export async function listPrivacyExports(db: AppClient, residentId: string) {
  return db.privacyExport.findMany({
    where: { tenantId: requireTenantId(), residentId, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, status: true, createdAt: true, readyAt: true, expiresAt: true, error: true },
  });
}

export async function findPrivacyExport(db: AppClient, id: string) {
  return db.privacyExport.findFirst({ where: { tenantId: requireTenantId(), id } });
}

export async function completePrivacyExport(db: AppClient, id: string, archive: Uint8Array) {
  return db.privacyExport.updateMany({
    where: { tenantId: requireTenantId(), id, status: 'pending' },
    data: { status: 'ready', archive: Buffer.from(archive), readyAt: new Date() },
  });
}

export async function failPrivacyExport(db: AppClient, id: string, error: string) {
  return db.privacyExport.updateMany({ where: { tenantId: requireTenantId(), id, status: 'pending' }, data: { status: 'failed', error } });
}
