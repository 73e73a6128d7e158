import type { Phase } from '../budget-api-types.ts';
import type { BudgetMessages } from './messages.ts';

/** The campaign's phase in words; the border only repeats it. */
export function PhaseTag({ phase, t }: { phase: Phase; t: BudgetMessages }) {
  return <span className={`civ-budget-tag civ-budget-tag--${phase}`}>{t.phase[phase]}</span>;
}
