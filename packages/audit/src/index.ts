export { recordAudit, RESIDENT_LABEL, type Actor, type AuditEntry } from './record-audit.ts';
export { listAudit, hasAuditEntry, type AuditFilter } from './list-audit.ts';
export { recordOperatorAudit, type OperatorAuditEntry } from './record-operator-audit.ts';
