import type { ModuleContext } from '@civitas/module-sdk';
import { Router } from 'express';
import { residentRoutes } from './resident-routes.ts';
import { staffRoutes } from './staff-routes.ts';

/** The news API, mounted at /api/m/news/. */
export function createNewsRouter(ctx: ModuleContext) {
  const router = Router();
  staffRoutes(router, ctx);
  residentRoutes(router, ctx);
  return router;
}
