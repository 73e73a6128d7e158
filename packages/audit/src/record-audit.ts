import { type ActorType, type AppClient, jsonColumn, requireTenantId } from '@civitas/db';

export interface Actor {
  type: ActorType;
  id: string | null;
  label: string;
}

export interface AuditEntry {
  actor: Actor;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string;
  /** Defaults to now; jobs pass the time the event happened. */
  occurredAt?: Date;
}


/** Appends one entry to the current city's audit log. Pass a transaction client to keep it atomic with the change. */
export async function recordAudit(db: Pick<AppClient, 'auditEvent'>, entry: AuditEntry) {
  return db.auditEvent.create({
    data: {
      tenantId: requireTenantId(),
      ...(entry.occurredAt ? { occurredAt: entry.occurredAt } : {}),
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      actorLabel: entry.actor.label,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: jsonColumn(entry.before),
      after: jsonColumn(entry.after),
      requestId: entry.requestId ?? null,
    },
  });
}

/**
 * How residents appear as actors: by id only. The audit log is append-only, so a name written here
 * could never be erased when the resident deletes their account.
 */
export const RESIDENT_LABEL = 'resident';
