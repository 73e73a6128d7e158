import { type AppClient, requireTenantId } from '@civitas/db';
import type { NoticeInput } from './notice-input.ts';

// The only code that touches the module's table. Every query names the city as well as RLS enforcing it.
// Each function takes the client to use: the app client, or a transaction's, to commit with an audit entry.

/** The app client or a transaction client of it. */
export type NoticesClient = Pick<AppClient, 'noticesNotice'>;

const activeAt = (now: Date) => ({
  tenantId: requireTenantId(),
  startsAt: { lte: now },
  OR: [{ endsAt: null }, { endsAt: { gt: now } }],
});

// Most severe first (the enum's order is info < warning < alert), then the newest.
const bannerOrder = [{ severity: 'desc' as const }, { startsAt: 'desc' as const }];

export type NoticeRow = NonNullable<Awaited<ReturnType<typeof findNotice>>>;

export async function findNotice(db: NoticesClient, id: string) {
  return db.noticesNotice.findFirst({ where: { tenantId: requireTenantId(), id } });
}

export async function listActiveNotices(db: NoticesClient, now: Date, take?: number) {
  return db.noticesNotice.findMany({ where: activeAt(now), orderBy: bannerOrder, ...(take ? { take } : {}) });
}

/** Notices that ended after `since`, newest end first. */
export async function listEndedNotices(db: NoticesClient, now: Date, since: Date) {
  return db.noticesNotice.findMany({
    where: { tenantId: requireTenantId(), endsAt: { lte: now, gt: since } },
    orderBy: { endsAt: 'desc' },
    take: 50,
  });
}

/** Every notice, scheduled, active and ended, newest start first: the staff view. */
export async function listAllNotices(db: NoticesClient, take = 200) {
  return db.noticesNotice.findMany({ where: { tenantId: requireTenantId() }, orderBy: { startsAt: 'desc' }, take });
}

export async function createNotice(db: NoticesClient, input: NoticeInput) {
  return db.noticesNotice.create({ data: { ...input, tenantId: requireTenantId() } });
}

/** Replaces a notice's fields; one given a new end in the future is no longer archived. Null when the city has no such notice. */
export async function updateNotice(db: NoticesClient, id: string, input: NoticeInput, now: Date) {
  const where = { tenantId: requireTenantId(), id };
  const stillRunning = input.endsAt === null || input.endsAt > now;
  const { count } = await db.noticesNotice.updateMany({ where, data: { ...input, ...(stillRunning ? { archivedAt: null } : {}) } });
  return count === 0 ? null : db.noticesNotice.findFirst({ where });
}

/** Ends an active notice now; null when it is not active (scheduled, ended, or not this city's). */
export async function endNotice(db: NoticesClient, id: string, now: Date) {
  const where = { ...activeAt(now), id };
  const { count } = await db.noticesNotice.updateMany({ where, data: { endsAt: now } });
  return count === 0 ? null : findNotice(db, id);
}

export async function deleteNotice(db: NoticesClient, id: string) {
  const { count } = await db.noticesNotice.deleteMany({ where: { tenantId: requireTenantId(), id } });
  return count > 0;
}

/** Stamps a notice archived if it has ended and is not yet archived: running it again changes nothing. */
export async function archiveIfEnded(db: NoticesClient, id: string, now: Date) {
  const { count } = await db.noticesNotice.updateMany({
    where: { tenantId: requireTenantId(), id, archivedAt: null, endsAt: { lte: now } },
    data: { archivedAt: now },
  });
  return count > 0;
}
