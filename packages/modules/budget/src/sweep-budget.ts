import type { SweepContext } from '@civitas/module-sdk';
import { advancePhaseJob } from './advance-phase-job.ts';
import { listUnconfirmedBallots } from './ballots-repository.ts';
import type { BudgetSettings } from './budget-settings.ts';
import { listCampaignsAhead } from './campaigns-repository.ts';
import { confirmBallotsJob } from './confirm-ballots-job.ts';
import { phaseIndex, PHASE_STARTS, SCHEDULED_PHASES } from './phases.ts';
import { CONFIRM_WINDOW_MS } from './schedule-confirmations.ts';

/** A ballot still unconfirmed this long after its window closed had its confirmation job lost. */
const CONFIRMATION_OVERDUE_MS = CONFIRM_WINDOW_MS + 60_000;
const LOOK_BACK_MS = 24 * 3600_000;

/**
 * What the budget's delayed jobs would have done, re-derived from its tables: every phase still to
 * come gets its job again (the same id as when the schedule was saved, so one still in Redis is not
 * doubled, and a due one runs at once), and a campaign with ballots left unconfirmed past their
 * window gets a confirmation run, which confirms every ballot of the last day not yet confirmed.
 */
export async function sweepBudget({ db, tenantId, city, now, enqueue }: SweepContext<BudgetSettings>) {
  const cityRef = { name: city.name, host: city.host, defaultLocale: city.defaultLocale };
  for (const campaign of await listCampaignsAhead(db)) {
    for (const phase of SCHEDULED_PHASES) {
      if (phaseIndex(phase) <= phaseIndex(campaign.phase)) continue;
      const at = campaign[PHASE_STARTS[phase]];
      await enqueue(advancePhaseJob, { tenantId, campaignId: campaign.id, phase, at: at.toISOString(), city: cityRef }, { delayMs: Math.max(0, at.getTime() - now.getTime()) + 1000 });
    }
    if (phaseIndex(campaign.phase) < phaseIndex('voting')) continue;
    const [oldest] = await listUnconfirmedBallots(db, campaign.id, new Date(now.getTime() - LOOK_BACK_MS), 1);
    if (oldest && now.getTime() - oldest.submittedAt.getTime() > CONFIRMATION_OVERDUE_MS) {
      const window = Math.floor(now.getTime() / CONFIRM_WINDOW_MS) * CONFIRM_WINDOW_MS;
      await enqueue(confirmBallotsJob, { tenantId, campaignId: campaign.id, window, city: cityRef, timeZone: city.timeZone });
    }
  }
}
