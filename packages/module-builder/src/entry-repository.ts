import { type AppClient, requireTenantId } from '@civitas/db';
import type { BuilderEntityType } from '@civitas/module-sdk/builder';
import { FILTERABLE_TYPES } from '@civitas/module-sdk/builder';

type Tx = Pick<AppClient, 'builderEntry' | 'builderEntryValue' | 'builderEntryTransition' | 'auditEvent'>;

/** The rows of an entry's filterable values: one per chosen option, yes/no as text, dates as ISO text. */
export function filterValues(entity: BuilderEntityType, data: Record<string, unknown>) {
  const rows: { field: string; value: string }[] = [];
  for (const field of entity.fields) {
    if (!FILTERABLE_TYPES.includes(field.type)) continue;
    const v = data[field.key];
    if (v === undefined || v === null) continue;
    const values = Array.isArray(v) ? v : [v];
    for (const one of values) rows.push({ field: field.key, value: field.type === 'dateTime' ? new Date(String(one)).toISOString() : String(one) });
  }
  return rows;
}

export async function insertEntry(
  tx: Tx,
  entity: BuilderEntityType,
  entry: { moduleId: string; version: string; data: Record<string, unknown>; state: string; submitterId: string | null; reference: string; dueAt: Date | null },
) {
  const tenantId = requireTenantId();
  const row = await tx.builderEntry.create({ data: { tenantId, entityType: entity.key, ...entry, data: entry.data as object } });
  const values = filterValues(entity, entry.data);
  if (values.length) {
    await tx.builderEntryValue.createMany({
      data: values.map((v) => ({ tenantId, entryId: row.id, moduleId: entry.moduleId, entityType: entity.key, ...v })),
      skipDuplicates: true,
    });
  }
  return row;
}

export interface EntryQuery {
  moduleId: string;
  entityType: string;
  states?: string[];
  submitterId?: string;
  /** Field → exact value, or an inclusive range of ISO text. */
  filters?: { field: string; equals?: string; from?: string; to?: string }[];
  page: number;
  pageSize: number;
}

export async function listEntries(db: AppClient, q: EntryQuery) {
  const tenantId = requireTenantId();
  const where = {
    tenantId,
    moduleId: q.moduleId,
    entityType: q.entityType,
    ...(q.states ? { state: { in: q.states } } : {}),
    ...(q.submitterId ? { submitterId: q.submitterId } : {}),
    AND: (q.filters ?? []).map((f) => ({
      values: {
        some: {
          tenantId,
          field: f.field,
          value: f.equals !== undefined ? f.equals : { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: `${f.to}\uffff` } : {}) },
        },
      },
    })),
  };
  const [rows, total] = await Promise.all([
    db.builderEntry.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db.builderEntry.count({ where }),
  ]);
  return { rows, total };
}

export async function findEntry(db: AppClient, moduleId: string, id: string) {
  const tenantId = requireTenantId();
  return db.builderEntry.findFirst({
    where: { tenantId, moduleId, id },
    include: { transitions: { where: { tenantId }, orderBy: { createdAt: 'asc' } } },
  });
}

export async function countSubmitted(db: AppClient, moduleId: string, entityType: string, submitterId: string) {
  const tenantId = requireTenantId();
  return db.builderEntry.count({ where: { tenantId, moduleId, entityType, submitterId } });
}

export async function entryExists(db: AppClient, moduleId: string, entityType: string, id: string) {
  const tenantId = requireTenantId();
  return (await db.builderEntry.count({ where: { tenantId, moduleId, entityType, id } })) > 0;
}

/** Moves the entry only if it is still in `from` (another staff member may have moved it first). */
export async function moveEntry(tx: Tx, id: string, from: string, to: string, dueAt: Date | null) {
  const tenantId = requireTenantId();
  const moved = await tx.builderEntry.updateMany({ where: { tenantId, id, state: from }, data: { state: to, stateChangedAt: new Date(), dueAt } });
  return moved.count === 1;
}

export async function insertTransition(tx: Tx, row: { entryId: string; transition: string; fromState: string; toState: string; comment: string | null; staffId: string | null }) {
  const tenantId = requireTenantId();
  return tx.builderEntryTransition.create({ data: { tenantId, ...row } });
}
