// The life of a campaign. Pure: used by the API, the phase job and the web pages.

export const PHASES = ['draft', 'ideation', 'review', 'voting', 'results', 'follow_up'] as const;
export type Phase = (typeof PHASES)[number];

export const phaseIndex = (phase: Phase) => PHASES.indexOf(phase);

/** When each phase after the draft begins. */
export interface PhaseDates {
  ideationAt: Date;
  reviewAt: Date;
  votingAt: Date;
  resultsAt: Date;
  followUpAt: Date;
}

export const PHASE_STARTS: Record<Exclude<Phase, 'draft'>, keyof PhaseDates> = {
  ideation: 'ideationAt',
  review: 'reviewAt',
  voting: 'votingAt',
  results: 'resultsAt',
  follow_up: 'followUpAt',
};

export const SCHEDULED_PHASES = Object.keys(PHASE_STARTS) as Exclude<Phase, 'draft'>[];

/** The latest phase whose start has come: what the schedule says the campaign should be in. */
export function phaseDueAt(dates: PhaseDates, now: Date): Phase {
  let due: Phase = 'draft';
  for (const phase of SCHEDULED_PHASES) if (dates[PHASE_STARTS[phase]] <= now) due = phase;
  return due;
}

/** Projects, areas and rules are what ballots are checked against: frozen once voting opens. */
export const ballotFrozen = (phase: Phase) => phaseIndex(phase) >= phaseIndex('voting');
export const resultsOut = (phase: Phase) => phaseIndex(phase) >= phaseIndex('results');

/**
 * Why staff may not move a campaign from one phase to another by hand, or null. Forward is always
 * possible; backward only while it reopens nothing that ballots were cast under.
 */
export function phaseMoveRefusal(from: Phase, to: Phase, ballots: number): string | null {
  if (from === to) return `The campaign is already in the ${to} phase.`;
  if (phaseIndex(to) < phaseIndex(from) && phaseIndex(to) <= phaseIndex('voting') && ballots > 0) {
    return `${ballots} ballot(s) have been submitted: the campaign cannot go back to ${to}, which would change or reopen the vote.`;
  }
  return null;
}
