import { randomUUID } from 'node:crypto';
import { requireTenantId } from '@civitas/db';
import type { BudgetClient } from './budget-client.ts';
import type { BallotSlot } from './eligibility.ts';

// The only code that touches ballots. A submitted ballot is final: the app role may not update or
// delete ballots or their lines, except setting residentId to NULL when a voter deletes their account.

export interface NewBallot {
  campaignId: string;
  areaId: string;
  residentId: string;
  slot: BallotSlot;
  totalCost: number;
  projectIds: string[];
  /** The campaign revision the ballot was checked against. */
  revision: number;
}

export type InsertOutcome =
  | { kind: 'submitted'; id: string; submittedAt: Date }
  /** The campaign is not (or no longer) in its voting phase. */
  | { kind: 'closed' }
  /** Rules, areas or projects changed since the ballot was checked: check again. */
  | { kind: 'stale' }
  /** One of the resident's ballot keys exists: (campaign, area, resident) or (campaign, resident, slot). */
  | { kind: 'duplicate' };

/**
 * Stores a ballot and its lines in one statement (one round trip, atomic). The campaign row is read
 * FOR SHARE: many ballots go in side by side, while a phase change (an UPDATE of that row) waits for
 * them and every ballot after it sees the new phase, so none slips in after voting closed. Exactly
 * one ballot per key is the unique indexes' job: of concurrent submissions, one inserts, the others
 * fail with a unique violation, reported as a duplicate. The id and time are made here, so the
 * statement returns only a count (the hot path of a vote: no rows to read back). Parameters go as
 * text (the ids are validated uuids): Prisma converts a JS array or Date noticeably slower.
 */
export async function insertBallot(db: BudgetClient, b: NewBallot): Promise<InsertOutcome> {
  if (b.projectIds.length === 0) throw new Error('insertBallot: a ballot has at least one project');
  const tenantId = requireTenantId();
  const id = randomUUID();
  const submittedAt = new Date();
  let lines: number;
  try {
    lines = await db.$executeRaw`
      WITH campaign AS (
        SELECT revision FROM budget_campaigns
        WHERE "tenantId" = ${tenantId}::uuid AND id = ${b.campaignId}::uuid AND phase = 'voting'
        FOR SHARE
      ), ballot AS (
        INSERT INTO budget_ballots ("tenantId", id, "campaignId", "areaId", "residentId", slot, "totalCost", "submittedAt")
        SELECT ${tenantId}::uuid, ${id}::uuid, ${b.campaignId}::uuid, ${b.areaId}::uuid, ${b.residentId}::uuid, ${b.slot}::budget_ballot_slot, ${b.totalCost}::bigint, ${submittedAt.toISOString()}::timestamptz
        FROM campaign WHERE campaign.revision = ${b.revision}::int
        RETURNING id
      )
      INSERT INTO budget_ballot_lines ("tenantId", "ballotId", "projectId")
      SELECT ${tenantId}::uuid, ballot.id, project FROM ballot, unnest(${`{${b.projectIds.join(',')}}`}::uuid[]) AS project`;
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'duplicate' };
    throw error;
  }
  if (lines > 0) return { kind: 'submitted', id, submittedAt };
  // Nothing stored (rare): voting closed, or the campaign changed since the ballot was checked.
  const [campaign] = await db.$queryRaw<{ phase: string }[]>`
    SELECT phase::text AS phase FROM budget_campaigns WHERE "tenantId" = ${tenantId}::uuid AND id = ${b.campaignId}::uuid`;
  return campaign?.phase === 'voting' ? { kind: 'stale' } : { kind: 'closed' };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string; driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } };
  const cause = e.meta?.driverAdapterError?.cause;
  return e.code === 'P2002' || e.meta?.code === '23505' || cause?.kind === 'UniqueConstraintViolation' || cause?.originalCode === '23505';
}

const withLines = { lines: { select: { projectId: true } } } as const;

/** The resident's ballots in one campaign, with the projects on each. */
export async function listVoterBallots(db: BudgetClient, campaignId: string, residentId: string) {
  return db.budgetBallot.findMany({
    where: { tenantId: requireTenantId(), campaignId, residentId },
    include: { ...withLines, area: { select: { name: true } } },
    orderBy: { submittedAt: 'asc' },
  });
}

export async function findBallot(db: BudgetClient, id: string) {
  return db.budgetBallot.findFirst({ where: { tenantId: requireTenantId(), id }, include: { ...withLines, area: { select: { name: true } } } });
}

export async function countBallots(db: BudgetClient, campaignId: string) {
  return db.budgetBallot.count({ where: { tenantId: requireTenantId(), campaignId } });
}

/** Votes per project of the campaign (projects with none are absent). */
export async function countVotes(db: BudgetClient, campaignId: string) {
  const rows = await db.budgetBallotLine.groupBy({ by: ['projectId'], where: { tenantId: requireTenantId(), ballot: { campaignId } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.projectId, r._count._all]));
}

export async function countBallotsByArea(db: BudgetClient, campaignId: string) {
  const rows = await db.budgetBallot.groupBy({ by: ['areaId'], where: { tenantId: requireTenantId(), campaignId }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.areaId, r._count._all]));
}

/** Ballots per day of the city's calendar. */
export async function countBallotsByDay(db: BudgetClient, campaignId: string, timeZone: string) {
  const rows = await db.$queryRaw<{ day: string; ballots: number }[]>`
    SELECT to_char(("submittedAt" AT TIME ZONE ${timeZone}), 'YYYY-MM-DD') AS day, count(*)::int AS ballots
    FROM budget_ballots WHERE "tenantId" = ${requireTenantId()}::uuid AND "campaignId" = ${campaignId}::uuid
    GROUP BY 1 ORDER BY 1`;
  return rows;
}

/** One page of the campaign's ballots in a stable order, for the CSV export; no voter is named. */
export async function pageOfBallots(db: BudgetClient, campaignId: string, after: string | null, take: number) {
  return db.budgetBallot.findMany({
    where: { tenantId: requireTenantId(), campaignId, ...(after ? { id: { gt: after } } : {}) },
    select: { id: true, areaId: true, totalCost: true, submittedAt: true, ...withLines },
    orderBy: { id: 'asc' },
    take,
  });
}

export async function listBallotsOf(db: BudgetClient, residentId: string) {
  return db.budgetBallot.findMany({
    where: { tenantId: requireTenantId(), residentId },
    select: { id: true, campaignId: true, submittedAt: true, totalCost: true, area: { select: { name: true } }, lines: { select: { project: { select: { id: true, title: true } } } } },
    orderBy: { submittedAt: 'asc' },
  });
}

/** On account deletion: the ballots still count, and no longer say whose they were. */
export async function anonymiseBallots(db: BudgetClient, residentId: string) {
  await db.budgetBallot.updateMany({ where: { tenantId: requireTenantId(), residentId }, data: { residentId: null } });
}

/** Ballots of the campaign submitted since `since` whose confirmation email has not gone yet (and whose voter is known). */
export async function listUnconfirmedBallots(db: BudgetClient, campaignId: string, since: Date, take = 5000) {
  const tenantId = requireTenantId();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT b.id::text AS id FROM budget_ballots b
    WHERE b."tenantId" = ${tenantId}::uuid AND b."campaignId" = ${campaignId}::uuid AND b."submittedAt" >= ${since}::timestamptz
      AND b."residentId" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM budget_mail_log m WHERE m."tenantId" = b."tenantId" AND m.key = 'ballot.' || b.id::text)
    ORDER BY b."submittedAt" LIMIT ${take}`;
  if (rows.length === 0) return [];
  return db.budgetBallot.findMany({
    where: { tenantId, id: { in: rows.map((r) => r.id) } },
    include: { lines: { select: { projectId: true } }, area: { select: { name: true, budget: true } } },
    orderBy: { submittedAt: 'asc' },
  });
}
