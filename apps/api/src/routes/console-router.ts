import { requireOperator } from '@civitas/auth';
import type { PlatformClient } from '@civitas/db';
import { listTenants } from '@civitas/platform';
import { Router } from 'express';

/** Operator API on the console host: the only router that receives the platform client. */
export function createConsoleRouter({ platformDb }: { platformDb: PlatformClient }) {
  const router = Router();
  router.get('/console/tenants', requireOperator(platformDb), async (_req, res) => {
    res.json({ tenants: await listTenants(platformDb) });
  });
  return router;
}
