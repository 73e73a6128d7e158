import { requireTenantId } from '@civitas/db';
import type { BudgetClient } from './budget-client.ts';
import { findCampaign } from './campaigns-repository.ts';
import type { AreaRef, AreaRule } from './eligibility.ts';
import { toMoney } from './money.ts';
import type { Phase } from './phases.ts';
import { listBallotProjects } from './projects-repository.ts';
import type { BallotRules } from './voting-rules.ts';

/** Everything a ballot is checked against: the campaign's rules, its areas and the projects on the ballot. */
export interface BallotFrame {
  campaignId: string;
  revision: number;
  phase: Phase;
  currency: string;
  rules: BallotRules & { areaRule: AreaRule; minimumAge: number };
  areas: Map<string, AreaRef & { budget: number }>;
  projects: Map<string, { areaId: string; cost: number }>;
}

// Per process, per campaign, only while voting (when rules, areas and projects are frozen). A frame
// that went stale anyway is caught when the ballot is stored: the statement checks the revision.
const TTL_MS = 10_000;
const MAX_FRAMES = 1000;
const frames = new Map<string, { frame: BallotFrame; loadedAt: number }>();

export async function loadBallotFrame(db: BudgetClient, campaignId: string, now = Date.now()): Promise<BallotFrame | null> {
  const key = `${requireTenantId()}:${campaignId}`;
  const cached = frames.get(key);
  if (cached && now - cached.loadedAt < TTL_MS) return cached.frame;
  const campaign = await findCampaign(db, campaignId);
  if (!campaign) return null;
  const projects = await listBallotProjects(db, campaignId);
  const frame: BallotFrame = {
    campaignId,
    revision: campaign.revision,
    phase: campaign.phase,
    currency: campaign.currency,
    rules: {
      votingMethod: campaign.votingMethod,
      maxPicks: campaign.maxPicks,
      thresholdPercent: campaign.thresholdPercent,
      areaRule: campaign.areaRule,
      minimumAge: campaign.minimumAge,
    },
    areas: new Map(campaign.areas.map((a) => [a.id, { id: a.id, name: a.name, kind: a.kind, district: a.district, budget: toMoney(a.budget) }])),
    projects: new Map(projects.map((p) => [p.id, { areaId: p.areaId, cost: p.cost }])),
  };
  if (frame.phase === 'voting') {
    if (frames.size >= MAX_FRAMES) frames.delete(frames.keys().next().value!);
    frames.set(key, { frame, loadedAt: now });
  }
  return frame;
}

export function dropBallotFrame(campaignId: string) {
  frames.delete(`${requireTenantId()}:${campaignId}`);
}
