import type { AppClient } from '@civitas/db';
import { defineJob, handler } from '@civitas/jobs';
import { z } from 'zod';
import { cityRefPayload } from './city-ref.ts';
import { movePhase } from './move-phase.ts';
import { PHASE_STARTS, phaseIndex, SCHEDULED_PHASES } from './phases.ts';
import { notifyResults } from './notify-results.ts';

/**
 * Moves a campaign into a phase when that phase's date comes. One delayed job per campaign, phase
 * and date: the id carries the date, so moving a date schedules a new job and the job for the old
 * date finds the campaign's date changed and does nothing. The schedule only moves forward: a job
 * for a phase the campaign has reached or passed (by hand, or by a later date) does nothing.
 */
export const advancePhaseJob = defineJob({
  name: 'budget.advance-phase',
  payload: z.object({ tenantId: z.uuid(), campaignId: z.uuid(), phase: z.enum(SCHEDULED_PHASES), at: z.iso.datetime(), city: cityRefPayload }),
  jobId: (p) => `budget.advance-phase.${p.tenantId}.${p.campaignId}.${p.phase}.${Date.parse(p.at)}`,
});

export type AdvanceOutcome = { advanced: { from: string; to: string } } | { skipped: string };

export async function advancePhase(db: AppClient, p: z.infer<typeof advancePhaseJob.payload>, now: Date): Promise<AdvanceOutcome> {
  const at = Date.parse(p.at);
  // Delivered early (a clock ahead of the database's): fail, and BullMQ tries again later.
  if (now.getTime() < at) throw new Error(`budget.advance-phase for ${p.phase} ran before ${p.at}`);
  const moved = await db.$transaction((tx) =>
    movePhase(tx, p.campaignId, 'schedule', now, (c) => {
      if (c[PHASE_STARTS[p.phase]].getTime() !== at) return { refused: 'rescheduled' };
      if (phaseIndex(c.phase) >= phaseIndex(p.phase)) return { refused: `already in ${c.phase}` };
      return { to: p.phase };
    }),
  );
  if (!moved) return { skipped: 'no such campaign' };
  if ('refused' in moved) return { skipped: moved.refused! };
  await notifyResults(db, moved.campaign, moved.from, p.city);
  return { advanced: { from: moved.from, to: moved.to } };
}

export const advancePhaseHandler = (db: AppClient) => handler(advancePhaseJob, (p) => advancePhase(db, p, new Date()));
