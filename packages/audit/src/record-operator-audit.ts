import { jsonColumn, type PlatformClient } from '@civitas/db';

export interface OperatorAuditEntry {
  operatorId: string | null;
  actorLabel: string;
  action: string;
  subjectTenantId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}


export async function recordOperatorAudit(platformDb: Pick<PlatformClient, 'operatorAuditEvent'>, entry: OperatorAuditEntry) {
  return platformDb.operatorAuditEvent.create({
    data: {
      operatorId: entry.operatorId,
      actorLabel: entry.actorLabel,
      action: entry.action,
      subjectTenantId: entry.subjectTenantId ?? null,
      before: jsonColumn(entry.before),
      after: jsonColumn(entry.after),
      requestId: entry.requestId ?? null,
    },
  });
}
