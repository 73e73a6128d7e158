import { recordSignInHandler } from '@civitas/auth';
import { moduleJobHandlers } from '@civitas/module-host';
import type { Runtime } from '@civitas/runtime';

/** Every job kind this worker runs: the platform's own, then what the installed modules contribute. */
export const jobHandlers = ({ db, registry, modules }: Pick<Runtime, 'db' | 'registry' | 'modules'>) => [
  recordSignInHandler(db),
  ...moduleJobHandlers(db, registry, modules),
];
