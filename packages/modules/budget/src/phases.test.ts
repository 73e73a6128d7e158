import { describe, expect, it } from 'vitest';
import { type PhaseDates, phaseDueAt, phaseMoveRefusal } from './phases.ts';

const day = (d: number) => new Date(Date.UTC(2027, 0, d));
const dates: PhaseDates = { ideationAt: day(1), reviewAt: day(10), votingAt: day(20), resultsAt: day(30), followUpAt: day(31) };

describe('phaseDueAt', () => {
  it('is the latest phase whose start has come, each start inclusive', () => {
    expect(phaseDueAt(dates, new Date(Date.UTC(2026, 11, 31)))).toBe('draft');
    expect(phaseDueAt(dates, day(1))).toBe('ideation');
    expect(phaseDueAt(dates, new Date(day(20).getTime() - 1))).toBe('review');
    expect(phaseDueAt(dates, day(20))).toBe('voting');
    expect(phaseDueAt(dates, day(40))).toBe('follow_up');
  });
});

describe('phaseMoveRefusal', () => {
  it('lets staff move forward, and back while no ballot was cast', () => {
    expect(phaseMoveRefusal('ideation', 'voting', 0)).toBeNull();
    expect(phaseMoveRefusal('voting', 'review', 0)).toBeNull();
    expect(phaseMoveRefusal('follow_up', 'results', 12)).toBeNull();
  });
  it('refuses reopening or changing a vote that has ballots, and a move to the same phase', () => {
    expect(phaseMoveRefusal('results', 'voting', 3)).toMatch(/3 ballot\(s\)/);
    expect(phaseMoveRefusal('voting', 'review', 1)).toMatch(/cannot go back to review/);
    expect(phaseMoveRefusal('voting', 'voting', 0)).toMatch(/already/);
  });
});
