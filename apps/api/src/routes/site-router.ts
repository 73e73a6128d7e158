import { createHash } from 'node:crypto';
import { type ModuleSet, type ModuleSetCache, siteModules } from '@civitas/module-host';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { type ResolvedTenant, cityOf } from '@civitas/tenancy';
import type { Request, Response } from 'express';

interface SiteBody {
  /** The module set the body was made from: a reload (after an invalidation) makes a new one. */
  modules: ModuleSet;
  /** A string, not a Buffer: Node writes a string body with the headers in one write. */
  body: string;
  bytes: number;
  etag: string;
}

/**
 * What the resident portal needs to draw the city. The body is serialised once per city and
 * module-set version: the cache is keyed by the resolved city object and checked against the
 * module set, and both are replaced by the host and module caches when an invalidation message
 * drops them, so a branding change or a toggle makes a new body on the next request. Browsers
 * revalidate with the ETag (`no-cache`) and get a 304 while nothing changed.
 */
export function createSiteHandler({ registry, modules }: { registry: ModuleRegistry; modules: ModuleSetCache }) {
  const bodies = new WeakMap<ResolvedTenant, SiteBody>();
  const send = (req: Request, res: Response, active: ModuleSet) => {
    const t = cityOf(req);
    let site = bodies.get(t);
    if (site?.modules !== active) {
      const body = JSON.stringify({
        slug: t.slug,
        name: t.name,
        locales: t.locales,
        defaultLocale: t.defaultLocale,
        timeZone: t.timeZone,
        branding: t.branding,
        modules: siteModules(registry, active),
      });
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      site = { modules: active, body, bytes: Buffer.byteLength(body), etag };
      bodies.set(t, site);
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', site.etag);
    // Answered by hand rather than by res.send, which would copy a body of this size into a
    // Buffer and make Node write the headers and the body separately.
    if (req.fresh) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Length', site.bytes);
    res.end(req.method === 'HEAD' ? undefined : site.body);
  };
  // A cached module set answers without a promise; only a miss waits for the load.
  return (req: Request, res: Response) => {
    const active = modules.peek(cityOf(req).id);
    if (active) return send(req, res, active);
    return modules.get(cityOf(req).id).then((loaded) => send(req, res, loaded));
  };
}
