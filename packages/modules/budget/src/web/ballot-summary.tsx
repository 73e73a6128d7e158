import type { CampaignJson } from '../budget-api-types.ts';
import { ballotTally } from '../voting-rules.ts';
import type { BudgetMessages } from './messages.ts';

/**
 * Where the ballot stands, with the same arithmetic the server applies. A polite live region: each
 * change of the picks is read out once, after what the resident did.
 */
export function BallotSummary({ campaign, budget, costs, money, t }: { campaign: CampaignJson; budget: number; costs: number[]; money: (n: number) => string; t: BudgetMessages }) {
  const tally = ballotTally(campaign, budget, costs);
  const lines: string[] = [];
  if (tally.remainingPicks !== null) lines.push(tally.remainingPicks >= 0 ? t.remainingPicks(tally.remainingPicks, campaign.maxPicks) : t.tooManyPicks(-tally.remainingPicks));
  else lines.push(tally.remaining >= 0 ? t.remainingBudget(money(tally.remaining), money(budget)) : t.overBudget(money(-tally.remaining)));
  if (tally.minimumSpend !== null) lines.push(tally.spent >= tally.minimumSpend ? t.minimumReached : t.minimumSpend(money(tally.minimumSpend), money(tally.spent)));
  lines.push(t.picked(tally.picks));
  const over = tally.remaining < 0 || (tally.remainingPicks ?? 0) < 0;
  const share = budget > 0 ? Math.min(100, Math.round((tally.spent / budget) * 100)) : 0;
  return (
    <div className={over ? 'civ-budget-summary civ-budget-summary--over' : 'civ-budget-summary'}>
      <div role="status" aria-live="polite" aria-atomic="true">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {tally.remainingPicks === null && (
        <div className="civ-budget-meter" aria-hidden="true">
          <div className="civ-budget-meter__fill" style={{ width: `${share}%` }} />
        </div>
      )}
    </div>
  );
}
