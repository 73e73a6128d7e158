import type { AppClient } from '@civitas/db';
import { listFollowedResults } from './results-repository.ts';
import type { CityRef } from './budget-mail.ts';
import type { CampaignRow } from './campaigns-repository.ts';
import { notifyFollowers } from './notify-followers.ts';
import { type Phase, resultsOut } from './phases.ts';

/**
 * When a campaign has just entered its results, tells the followers of each project on the ballot
 * whether it is funded. Safe to run again (each email is sent once, by key).
 */
export async function notifyResults(db: AppClient, campaign: CampaignRow, from: Phase, city: CityRef) {
  if (resultsOut(from) || !resultsOut(campaign.phase)) return;
  const results = await listFollowedResults(db, campaign.id);
  for (const r of results) {
    await notifyFollowers(db, { projectId: r.projectId, change: r.funded ? 'funded' : 'not_funded', version: r.computedAt.getTime(), city });
  }
}
