import type { ResolvedTenant } from './resolved-tenant.ts';

/** Which of the three faces a request is for, decided from its host alone. */
export type RequestSite = { face: 'console' } | { face: 'city'; tenant: ResolvedTenant };

declare global {
  namespace Express {
    interface Request {
      site: RequestSite;
    }
  }
}

export function cityOf(req: Express.Request): ResolvedTenant {
  if (req.site?.face !== 'city') throw new Error('cityOf: not a city request');
  return req.site.tenant;
}
