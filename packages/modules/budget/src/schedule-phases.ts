import { requireTenantId } from '@civitas/db';
import type { ModuleContext } from '@civitas/module-sdk';
import { advancePhaseJob } from './advance-phase-job.ts';
import type { CityRef } from './budget-mail.ts';
import { PHASE_STARTS, type PhaseDates, SCHEDULED_PHASES } from './phases.ts';

// A little after the date, so a job never runs just before the date it checks.
const GRACE_MS = 1000;

/**
 * Enqueues one delayed job per phase date (a date already past runs at once and is a no-op if the
 * campaign is there). Unchanged dates keep their job: the id is derived from the date.
 */
export async function schedulePhases(enqueue: ModuleContext['enqueue'], campaign: { id: string } & PhaseDates, city: CityRef, now: Date) {
  const tenantId = requireTenantId();
  return Promise.all(
    SCHEDULED_PHASES.map((phase) => {
      const at = campaign[PHASE_STARTS[phase]];
      return enqueue(
        advancePhaseJob,
        { tenantId, campaignId: campaign.id, phase, at: at.toISOString(), city },
        { delayMs: Math.max(0, at.getTime() - now.getTime()) + GRACE_MS },
      );
    }),
  );
}
