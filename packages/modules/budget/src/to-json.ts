import type { AreaJson, BallotJson, CampaignJson, ProjectJson } from './budget-api-types.ts';
import type { CampaignRow } from './campaigns-repository.ts';
import { toMoney } from './money.ts';
import type { ProjectRow } from './projects-repository.ts';

export function toAreaJson(a: CampaignRow['areas'][number]): AreaJson {
  return { id: a.id, name: a.name, kind: a.kind, district: a.district, budget: toMoney(a.budget) };
}

export function toCampaignJson(c: CampaignRow): CampaignJson {
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    phase: c.phase,
    currency: c.currency,
    votingMethod: c.votingMethod,
    maxPicks: c.maxPicks,
    thresholdPercent: c.thresholdPercent,
    areaRule: c.areaRule,
    preModeration: c.preModeration,
    minimumAge: c.minimumAge,
    ideationAt: c.ideationAt.toISOString(),
    reviewAt: c.reviewAt.toISOString(),
    votingAt: c.votingAt.toISOString(),
    resultsAt: c.resultsAt.toISOString(),
    followUpAt: c.followUpAt.toISOString(),
    areas: c.areas.map(toAreaJson),
  };
}

export function toProjectJson(
  p: ProjectRow,
  viewer: { residentId: string | null; following: Set<string>; mergedFrom: Map<string, { id: string; title: string }[]>; titles: Map<string, string> },
): ProjectJson {
  const finalCost = p.finalCost === null ? null : toMoney(p.finalCost);
  return {
    id: p.id,
    campaignId: p.campaignId,
    areaId: p.areaId,
    title: p.title,
    description: p.description,
    address: p.address,
    latitude: p.latitude,
    longitude: p.longitude,
    estimatedCost: toMoney(p.estimatedCost),
    finalCost,
    cost: finalCost ?? toMoney(p.estimatedCost),
    status: p.status,
    moderationNote: p.moderationNote,
    mergedIntoId: p.mergedIntoId,
    mergedIntoTitle: p.mergedIntoId ? (viewer.titles.get(p.mergedIntoId) ?? null) : null,
    mergedFrom: viewer.mergedFrom.get(p.id) ?? [],
    feasibility: p.feasibility,
    feasibilityNote: p.feasibilityNote,
    eligible: p.eligible,
    delivery: p.delivery,
    deliveryNote: p.deliveryNote,
    hasImage: p.image !== null,
    yours: viewer.residentId !== null && p.authorId === viewer.residentId,
    following: viewer.following.has(p.id),
    followers: p._count.follows,
    createdAt: p.createdAt.toISOString(),
  };
}

export function toBallotJson(b: { id: string; areaId: string; totalCost: bigint; submittedAt: Date; lines: { projectId: string }[] }): BallotJson {
  return { id: b.id, areaId: b.areaId, projectIds: b.lines.map((l) => l.projectId), totalCost: toMoney(b.totalCost), submittedAt: b.submittedAt.toISOString() };
}

/** What the audit log keeps of a project: what staff decided, not who follows it. */
export const auditedProject = (p: ProjectRow) => ({
  id: p.id,
  title: p.title,
  areaId: p.areaId,
  status: p.status,
  mergedIntoId: p.mergedIntoId,
  estimatedCost: toMoney(p.estimatedCost),
  finalCost: p.finalCost === null ? null : toMoney(p.finalCost),
  feasibility: p.feasibility,
  eligible: p.eligible,
  delivery: p.delivery,
});
