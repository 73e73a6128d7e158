import type { ModuleContext } from '@civitas/module-sdk';
import { Router } from 'express';
import { ballotRoutes } from './ballot-routes.ts';
import { configureRoutes } from './configure-routes.ts';
import { residentRoutes } from './resident-routes.ts';
import { staffRoutes } from './staff-routes.ts';

/** The participatory budgeting API, mounted at /api/m/budget/ (routes listed in the README). */
export function createBudgetRouter(ctx: ModuleContext) {
  const router = Router();
  residentRoutes(router, ctx);
  ballotRoutes(router, ctx);
  staffRoutes(router, ctx);
  configureRoutes(router, ctx);
  return router;
}
