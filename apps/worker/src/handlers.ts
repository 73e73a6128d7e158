import { recordSignInHandler } from '@civitas/auth';
import type { AppClient } from '@civitas/db';

/** Every job kind this worker runs. Modules will add theirs through the module registry. */
export const jobHandlers = (db: AppClient) => [recordSignInHandler(db)];
