import { type AppClient, requireTenantId } from '@civitas/db';

export interface AuditFilter {
  limit: number;
  action?: string;
  actorId?: string;
  /** Entries about a module: switching it, its settings, and what staff did inside it (`<id>.…` actions). */
  module?: string;
  before?: Date;
}

/** Newest first; `before` pages back through older entries. */
export async function listAudit(db: AppClient, filter: AuditFilter) {
  return db.auditEvent.findMany({
    where: {
      tenantId: requireTenantId(),
      ...(filter.action ? { action: { startsWith: filter.action } } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.module
        ? { OR: [{ targetType: 'module', targetId: filter.module }, { action: { startsWith: `${filter.module}.` } }] }
        : {}),
      ...(filter.before ? { occurredAt: { lt: filter.before } } : {}),
    },
    orderBy: { occurredAt: 'desc' },
    take: filter.limit,
  });
}

/** Whether this exact event is already recorded: lets a retried job append it once. */
export async function hasAuditEntry(db: Pick<AppClient, 'auditEvent'>, e: { action: string; targetId: string; occurredAt: Date }) {
  const found = await db.auditEvent.findFirst({ where: { tenantId: requireTenantId(), ...e }, select: { id: true } });
  return found !== null;
}
