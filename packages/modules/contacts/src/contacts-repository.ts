import { type AppClient, jsonColumn, requireTenantId } from '@civitas/db';
import type { EntryInput } from './entry-input.ts';

// The only code that touches the module's table. Every query names the city as well as RLS enforcing it.
// Each function takes the client to use: the app client, or a transaction's, to commit with an audit entry.

/** The app client or a transaction client of it. */
export type EntriesClient = Pick<AppClient, 'contactsEntry'>;

const toData = (input: EntryInput) => ({ ...input, openingHours: jsonColumn(input.openingHours) });

export async function listEntries(db: EntriesClient, filter: { nameContains?: string } = {}) {
  return db.contactsEntry.findMany({
    where: {
      tenantId: requireTenantId(),
      ...(filter.nameContains ? { name: { contains: filter.nameContains, mode: 'insensitive' as const } } : {}),
    },
    orderBy: [{ category: 'asc' }, { name: 'asc' }],
  });
}

export type ContactsEntryRow = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

export async function findEntry(db: EntriesClient, id: string) {
  return db.contactsEntry.findFirst({ where: { tenantId: requireTenantId(), id } });
}

export async function countEntries(db: EntriesClient) {
  return db.contactsEntry.count({ where: { tenantId: requireTenantId() } });
}

export async function createEntry(db: EntriesClient, input: EntryInput) {
  return db.contactsEntry.create({ data: { ...toData(input), tenantId: requireTenantId() } });
}

/** Replaces an entry's fields; null when the city has no such entry. */
export async function updateEntry(db: EntriesClient, id: string, input: EntryInput) {
  const where = { tenantId: requireTenantId(), id };
  const { count } = await db.contactsEntry.updateMany({ where, data: toData(input) });
  return count === 0 ? null : db.contactsEntry.findFirst({ where });
}

export async function deleteEntry(db: EntriesClient, id: string) {
  const { count } = await db.contactsEntry.deleteMany({ where: { tenantId: requireTenantId(), id } });
  return count > 0;
}

/** Inserts the entry unless one with this id exists: safe when two runs race. */
export async function insertEntryOnce(db: EntriesClient, id: string, input: EntryInput) {
  const { count } = await db.contactsEntry.createMany({
    data: [{ ...toData(input), tenantId: requireTenantId(), id }],
    skipDuplicates: true,
  });
  return count > 0;
}
