import { requireTenantId } from '@civitas/db';
import type { BudgetClient } from './budget-client.ts';
import { countBallotsByArea, countVotes } from './ballots-repository.ts';
import type { CampaignRow } from './campaigns-repository.ts';
import { greedyResults } from './greedy-results.ts';
import { listBallotProjects } from './projects-repository.ts';
import { toMoney } from './money.ts';

/**
 * Counts the campaign's ballots and stores each area's results by the greedy rule. Runs in the
 * transaction that moves the campaign into its results phase, so the results are those of the
 * ballots as voting closed. Replaces any earlier count.
 */
export async function storeResults(db: BudgetClient, campaign: CampaignRow, now: Date) {
  const tenantId = requireTenantId();
  const [projects, votes] = await Promise.all([listBallotProjects(db, campaign.id), countVotes(db, campaign.id)]);
  const rows = campaign.areas.flatMap((area) => {
    const candidates = projects.filter((p) => p.areaId === area.id).map((p) => ({ id: p.id, cost: p.cost, createdAt: p.createdAt, votes: votes.get(p.id) ?? 0 }));
    return greedyResults(toMoney(area.budget), candidates).ranked.map((r) => ({
      tenantId,
      campaignId: campaign.id,
      areaId: area.id,
      projectId: r.id,
      votes: r.votes,
      cost: BigInt(r.cost),
      funded: r.funded,
      rank: r.rank,
      computedAt: now,
    }));
  });
  await db.budgetResult.deleteMany({ where: { tenantId, campaignId: campaign.id } });
  if (rows.length) await db.budgetResult.createMany({ data: rows });
  return rows;
}

export async function deleteResults(db: BudgetClient, campaignId: string) {
  await db.budgetResult.deleteMany({ where: { tenantId: requireTenantId(), campaignId } });
}

export async function listResults(db: BudgetClient, campaign: CampaignRow) {
  const [rows, ballots] = await Promise.all([
    db.budgetResult.findMany({
      where: { tenantId: requireTenantId(), campaignId: campaign.id },
      include: { project: { select: { title: true, delivery: true } } },
      orderBy: [{ areaId: 'asc' }, { rank: 'asc' }],
    }),
    countBallotsByArea(db, campaign.id),
  ]);
  return { rows, ballots };
}

export async function findResult(db: BudgetClient, projectId: string) {
  return db.budgetResult.findFirst({ where: { tenantId: requireTenantId(), projectId }, select: { votes: true, funded: true, rank: true, computedAt: true } });
}

/** The results of the campaign's projects that someone follows. */
export async function listFollowedResults(db: BudgetClient, campaignId: string) {
  return db.budgetResult.findMany({
    where: { tenantId: requireTenantId(), campaignId, project: { follows: { some: {} } } },
    select: { projectId: true, funded: true, computedAt: true },
  });
}
