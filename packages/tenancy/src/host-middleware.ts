import { withTenant } from '@civitas/db';
import type { NextFunction, Request, Response } from 'express';
import type { HostResolver } from './host-resolver.ts';
import type { HostLookup } from './resolved-tenant.ts';
import { type PublicUrlOptions, publicUrl } from './public-url.ts';
import { renderStatusPage } from './status-page.ts';

export interface HostMiddlewareOptions extends PublicUrlOptions {
  consoleHost: string;
}

/**
 * Decides the face and the city of every request from its host (`req.hostname` honours
 * X-Forwarded-Host only as far as Express's "trust proxy" hop count allows), and runs the
 * rest of the request inside that city's tenant scope.
 */
export function hostMiddleware(resolver: HostResolver, options: HostMiddlewareOptions) {
  const serve = (found: HostLookup, req: Request, res: Response, next: NextFunction) => {
    if (found.kind === 'unknown') {
      return answer(req, res, 404, 'unknown_host', 'No city is served on this address.');
    }
    const { tenant } = found;
    if (!found.isPrimary) {
      return res.redirect(301, publicUrl(tenant.primaryHost, req.originalUrl, options));
    }
    if (tenant.status === 'suspended' && staffMayRead(req)) {
      // Staff may still sign in and look (read-only) while residents see the maintenance page.
      req.site = { face: 'city', tenant };
      return withTenant(tenant.id, next);
    }
    if (tenant.status === 'suspended' || tenant.status === 'provisioning') {
      res.setHeader('Retry-After', '3600');
      const message =
        tenant.status === 'suspended'
          ? `${tenant.name} is temporarily unavailable for maintenance.`
          : `${tenant.name} is being set up.`;
      return answer(req, res, 503, `tenant_${tenant.status}`, message, tenant.defaultLocale);
    }
    if (tenant.status === 'archived') {
      return answer(req, res, 410, 'tenant_archived', `${tenant.name} no longer runs its services here.`);
    }
    req.site = { face: 'city', tenant };
    withTenant(tenant.id, next);
  };
  // A cached host is served without a promise; only a miss waits for the lookup.
  return (req: Request, res: Response, next: NextFunction) => {
    const host = (req.hostname ?? '').toLowerCase().replace(/\.$/, '');
    if (host === options.consoleHost) {
      req.site = { face: 'console' };
      return next();
    }
    const cached = resolver.peek(host);
    if (cached) return serve(cached, req, res, next);
    return resolver.resolve(host).then((found) => serve(found, req, res, next));
  };
}

const STAFF_READ = /^\/(admin(\/|$)|assets\/|api\/(admin\/|session$|auth\/staff\/sign-in$|auth\/sign-out$))/;

/** Requests the city's staff can still make while the city is suspended: reads, and signing in and out. */
function staffMayRead(req: Request) {
  if (!STAFF_READ.test(req.path)) return false;
  return req.method === 'GET' || req.method === 'HEAD' || /^\/api\/(auth\/|session)/.test(req.path);
}

function answer(req: Request, res: Response, status: number, code: string, message: string, lang = 'en') {
  if (req.path.startsWith('/api/')) return res.status(status).json({ error: { code, message } });
  return res.status(status).type('html').send(renderStatusPage({ status, message, lang }));
}
