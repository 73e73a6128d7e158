// The campaign's voting rule applied to one area's ballot. Pure, so the server enforces exactly what
// the ballot page shows live (remaining budget, remaining picks) while a resident builds a ballot.

export const VOTING_METHODS = ['approval', 'knapsack', 'threshold'] as const;
export type VotingMethod = (typeof VOTING_METHODS)[number];

export interface BallotRules {
  votingMethod: VotingMethod;
  /** approval: at most this many projects. */
  maxPicks: number;
  /** threshold: spend at least this share of the area's budget (and never more than the budget). */
  thresholdPercent: number;
}

export interface BallotTally {
  picks: number;
  spent: number;
  /** Negative when over the budget. */
  remaining: number;
  /** approval only: how many more projects may be added. */
  remainingPicks: number | null;
  /** threshold only: the least a ballot must spend. */
  minimumSpend: number | null;
}

export type RuleCode = 'ballot_empty' | 'approval_too_many' | 'knapsack_over_budget' | 'threshold_under_minimum' | 'threshold_over_budget';

export interface RuleBreak {
  code: RuleCode;
  /** Names the rule that is broken and by how much, in English (the web has its own words for each code). */
  message: string;
  tally: BallotTally;
}

export const minimumSpendOf = (budget: number, percent: number) => Math.ceil((budget * percent) / 100);

export function ballotTally(rules: BallotRules, budget: number, costs: readonly number[]): BallotTally {
  const spent = costs.reduce((sum, c) => sum + c, 0);
  return {
    picks: costs.length,
    spent,
    remaining: budget - spent,
    remainingPicks: rules.votingMethod === 'approval' ? rules.maxPicks - costs.length : null,
    minimumSpend: rules.votingMethod === 'threshold' ? minimumSpendOf(budget, rules.thresholdPercent) : null,
  };
}

/** The rule a ballot breaks, or null when it may be submitted. `money` writes an amount for the message. */
export function checkBallot(rules: BallotRules, budget: number, costs: readonly number[], money: (n: number) => string = String): RuleBreak | null {
  const tally = ballotTally(rules, budget, costs);
  const broken = (code: RuleCode, message: string): RuleBreak => ({ code, message, tally });
  if (tally.picks === 0) return broken('ballot_empty', 'A ballot needs at least one project: choose one or more before submitting.');
  switch (rules.votingMethod) {
    case 'approval':
      if (tally.picks > rules.maxPicks) {
        return broken('approval_too_many', `Approval voting: choose at most ${rules.maxPicks} projects in this area; your ballot has ${tally.picks}.`);
      }
      return null;
    case 'knapsack':
      if (tally.spent > budget) {
        return broken(
          'knapsack_over_budget',
          `Knapsack rule: the projects you chose cost ${money(tally.spent)}, ${money(tally.spent - budget)} over this area's budget of ${money(budget)}.`,
        );
      }
      return null;
    case 'threshold':
      if (tally.spent > budget) {
        return broken('threshold_over_budget', `Threshold rule: your ballot spends ${money(tally.spent)}, over this area's budget of ${money(budget)}.`);
      }
      if (tally.spent < tally.minimumSpend!) {
        return broken(
          'threshold_under_minimum',
          `Threshold rule: spend at least ${rules.thresholdPercent}% of this area's budget (${money(tally.minimumSpend!)}); your ballot spends ${money(tally.spent)}.`,
        );
      }
      return null;
  }
}

/** Whether a project may still be added without breaking a ceiling (picks or budget); floors are checked on submit. */
export function fitsBallot(rules: BallotRules, budget: number, costs: readonly number[], cost: number): boolean {
  const tally = ballotTally(rules, budget, costs);
  if (rules.votingMethod === 'approval') return tally.remainingPicks! > 0;
  return cost <= tally.remaining;
}
