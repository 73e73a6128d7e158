import type { AppClient } from '@civitas/db';

/** The app client, or a transaction client of it: what the module's repositories take. */
export type BudgetClient = Pick<
  AppClient,
  | 'budgetCampaign'
  | 'budgetArea'
  | 'budgetProject'
  | 'budgetImage'
  | 'budgetFollow'
  | 'budgetBallot'
  | 'budgetBallotLine'
  | 'budgetResult'
  | 'budgetPhaseChange'
  | 'budgetMailLog'
  | '$queryRaw'
  | '$executeRaw'
>;
