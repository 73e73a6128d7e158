import type { BudgetClient } from './budget-client.ts';
import { type CampaignRow, findCampaign, lockCampaign, setPhase } from './campaigns-repository.ts';
import { type Phase, resultsOut } from './phases.ts';
import { deleteResults, storeResults } from './results-repository.ts';

/**
 * Moves a campaign to another phase inside the caller's transaction, with the campaign row locked:
 * entering the results counts the ballots (the row lock waits for ballots being stored), going back
 * before the results (only possible without ballots) drops them. `decide` sees the locked campaign
 * and returns the phase to move to, or a reason not to.
 */
export async function movePhase(
  tx: BudgetClient,
  campaignId: string,
  source: 'schedule' | 'staff',
  now: Date,
  decide: (campaign: CampaignRow) => Promise<{ to: Phase } | { refused: string }> | { to: Phase } | { refused: string },
) {
  if (!(await lockCampaign(tx, campaignId))) return null;
  const campaign = (await findCampaign(tx, campaignId))!;
  const decision = await decide(campaign);
  if ('refused' in decision) return { campaign, refused: decision.refused };
  const { to } = decision;
  await setPhase(tx, campaign.id, campaign.phase, to, source);
  if (resultsOut(to) && !resultsOut(campaign.phase)) await storeResults(tx, campaign, now);
  if (!resultsOut(to) && resultsOut(campaign.phase)) await deleteResults(tx, campaign.id);
  return { campaign: { ...campaign, phase: to }, from: campaign.phase, to };
}
