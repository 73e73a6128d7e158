import { describe, expect, it } from 'vitest';
import { type BallotRules, ballotTally, checkBallot, fitsBallot } from './voting-rules.ts';

const euros = (n: number) => `€${n.toLocaleString('en')}`;
const approval: BallotRules = { votingMethod: 'approval', maxPicks: 3, thresholdPercent: 70 };
const knapsack: BallotRules = { votingMethod: 'knapsack', maxPicks: 3, thresholdPercent: 70 };
const threshold: BallotRules = { votingMethod: 'threshold', maxPicks: 3, thresholdPercent: 70 };
const BUDGET = 1_000_000;

describe('every rule', () => {
  it('refuses zero picks, naming what is missing', () => {
    for (const rules of [approval, knapsack, threshold]) {
      expect(checkBallot(rules, BUDGET, [])).toMatchObject({ code: 'ballot_empty', message: expect.stringMatching(/at least one project/) });
    }
  });
});

describe('approval', () => {
  it('accepts up to N projects whatever they cost, and refuses N + 1 naming the rule', () => {
    expect(checkBallot(approval, BUDGET, [1])).toBeNull();
    expect(checkBallot(approval, BUDGET, [900_000, 900_000, 900_000])).toBeNull();
    const broken = checkBallot(approval, BUDGET, [1, 1, 1, 1]);
    expect(broken?.code).toBe('approval_too_many');
    expect(broken?.message).toBe('Approval voting: choose at most 3 projects in this area; your ballot has 4.');
  });
  it('counts the remaining picks down, and no project fits once they are used', () => {
    expect(ballotTally(approval, BUDGET, [10, 20])).toMatchObject({ picks: 2, remainingPicks: 1, minimumSpend: null });
    expect(fitsBallot(approval, BUDGET, [10, 20], 5_000_000)).toBe(true);
    expect(fitsBallot(approval, BUDGET, [10, 20, 30], 1)).toBe(false);
  });
});

describe('knapsack', () => {
  it('accepts a ballot that spends exactly the budget', () => {
    expect(checkBallot(knapsack, BUDGET, [600_000, 400_000])).toBeNull();
    expect(fitsBallot(knapsack, BUDGET, [600_000], 400_000)).toBe(true);
  });
  it('refuses one euro over, saying by how much and naming the rule', () => {
    const broken = checkBallot(knapsack, BUDGET, [600_000, 400_001], euros);
    expect(broken?.code).toBe('knapsack_over_budget');
    expect(broken?.message).toBe("Knapsack rule: the projects you chose cost €1,000,001, €1 over this area's budget of €1,000,000.");
    expect(broken?.tally.remaining).toBe(-1);
    expect(fitsBallot(knapsack, BUDGET, [600_000], 400_001)).toBe(false);
  });
  it('has no limit on the number of projects', () => {
    expect(checkBallot(knapsack, BUDGET, Array.from({ length: 40 }, () => 25_000))).toBeNull();
    expect(ballotTally(knapsack, BUDGET, [250_000]).remainingPicks).toBeNull();
  });
});

describe('threshold', () => {
  it('needs at least the share of the budget, rounded up to the whole unit', () => {
    expect(ballotTally(threshold, 1_000_001, []).minimumSpend).toBe(700_001);
    expect(checkBallot(threshold, BUDGET, [700_000])).toBeNull();
    const broken = checkBallot(threshold, BUDGET, [699_999], euros);
    expect(broken?.code).toBe('threshold_under_minimum');
    expect(broken?.message).toBe("Threshold rule: spend at least 70% of this area's budget (€700,000); your ballot spends €699,999.");
  });
  it('accepts exactly the budget and refuses one euro over', () => {
    expect(checkBallot(threshold, BUDGET, [1_000_000])).toBeNull();
    expect(checkBallot(threshold, BUDGET, [1_000_001], euros)?.message).toBe("Threshold rule: your ballot spends €1,000,001, over this area's budget of €1,000,000.");
  });
});
