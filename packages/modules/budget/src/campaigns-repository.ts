import { requireTenantId } from '@civitas/db';
import type { BudgetClient } from './budget-client.ts';
import type { CampaignInput } from './campaign-input.ts';
import type { Phase } from './phases.ts';

// The only code that touches campaigns and their areas. Every query names the city as well as RLS enforcing it.

const withAreas = { areas: { orderBy: { position: 'asc' as const } } };

export type CampaignRow = NonNullable<Awaited<ReturnType<typeof findCampaign>>>;

export async function findCampaign(db: BudgetClient, id: string) {
  return db.budgetCampaign.findFirst({ where: { tenantId: requireTenantId(), id }, include: withAreas });
}

/** Newest first; residents never see drafts. */
export async function listCampaigns(db: BudgetClient, options: { drafts: boolean }) {
  return db.budgetCampaign.findMany({
    where: { tenantId: requireTenantId(), ...(options.drafts ? {} : { phase: { not: 'draft' as const } }) },
    orderBy: { createdAt: 'desc' },
    include: withAreas,
    take: 100,
  });
}

/** Campaigns with a phase still to come (the sweep's work): their phase and dates only. */
export async function listCampaignsAhead(db: BudgetClient) {
  return db.budgetCampaign.findMany({
    where: { tenantId: requireTenantId(), phase: { not: 'follow_up' } },
    select: { id: true, phase: true, ideationAt: true, reviewAt: true, votingAt: true, resultsAt: true, followUpAt: true },
  });
}

/** Creates the campaign and its areas: call inside a transaction. */
export async function createCampaign(db: BudgetClient, input: CampaignInput) {
  const tenantId = requireTenantId();
  const { areas, ...fields } = input;
  const campaign = await db.budgetCampaign.create({ data: { ...fields, tenantId } });
  await db.budgetArea.createMany({ data: areas.map(({ id: _id, ...a }) => ({ ...a, tenantId, campaignId: campaign.id, budget: BigInt(a.budget) })) });
  return (await findCampaign(db, campaign.id))!;
}

/**
 * Replaces a campaign's fields and areas: areas given with an id are updated, new ones created,
 * missing ones removed (which fails while they have projects). Bumps the revision ballots are checked against.
 */
export async function updateCampaign(db: BudgetClient, existing: CampaignRow, input: CampaignInput) {
  const tenantId = requireTenantId();
  const { areas, ...fields } = input;
  const kept = new Set(areas.flatMap((a) => (a.id ? [a.id] : [])));
  const removed = existing.areas.filter((a) => !kept.has(a.id)).map((a) => a.id);
  if (removed.length) await db.budgetArea.deleteMany({ where: { tenantId, campaignId: existing.id, id: { in: removed } } });
  for (const { id, ...a } of areas) {
    const data = { ...a, budget: BigInt(a.budget) };
    if (id && existing.areas.some((e) => e.id === id)) {
      await db.budgetArea.updateMany({ where: { tenantId, campaignId: existing.id, id }, data });
    } else {
      await db.budgetArea.create({ data: { ...data, tenantId, campaignId: existing.id } });
    }
  }
  await db.budgetCampaign.updateMany({ where: { tenantId, id: existing.id }, data: { ...fields, revision: { increment: 1 } } });
  return (await findCampaign(db, existing.id))!;
}

/** Dates and texts only: what may still change once voting has opened. */
export async function updateCampaignSchedule(db: BudgetClient, id: string, input: CampaignInput) {
  const { title, description, ideationAt, reviewAt, votingAt, resultsAt, followUpAt } = input;
  const data = { title, description, ideationAt, reviewAt, votingAt, resultsAt, followUpAt };
  await db.budgetCampaign.updateMany({ where: { tenantId: requireTenantId(), id }, data });
  return (await findCampaign(db, id))!;
}

/** Locks the campaign row until the transaction ends: phase changes are serialised with each other. */
export async function lockCampaign(db: BudgetClient, id: string) {
  const rows = await db.$queryRaw<{ phase: Phase }[]>`
    SELECT phase::text AS phase FROM budget_campaigns WHERE "tenantId" = ${requireTenantId()}::uuid AND id = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** Moves the campaign from `from` to `to` and records it; false when it was no longer in `from`. */
export async function setPhase(db: BudgetClient, id: string, from: Phase, to: Phase, source: 'schedule' | 'staff') {
  const tenantId = requireTenantId();
  const { count } = await db.budgetCampaign.updateMany({ where: { tenantId, id, phase: from }, data: { phase: to } });
  if (count === 0) return false;
  await db.budgetPhaseChange.create({ data: { tenantId, campaignId: id, fromPhase: from, toPhase: to, source } });
  return true;
}

/** Projects and areas are what ballots are checked against: a change to them invalidates cached ballot frames. */
export async function bumpRevision(db: BudgetClient, id: string) {
  await db.budgetCampaign.updateMany({ where: { tenantId: requireTenantId(), id }, data: { revision: { increment: 1 } } });
}

export async function listPhaseChanges(db: BudgetClient, campaignId: string) {
  return db.budgetPhaseChange.findMany({ where: { tenantId: requireTenantId(), campaignId }, orderBy: { at: 'asc' } });
}
