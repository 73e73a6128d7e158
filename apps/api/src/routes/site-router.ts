import { createHash } from 'node:crypto';
import { type ModuleSet, type ModuleSetCache, siteModules } from '@civitas/module-host';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { type ResolvedTenant, cityOf } from '@civitas/tenancy';
import { Router } from 'express';

interface SiteBody {
  /** The module set the body was made from: a reload (after an invalidation) makes a new one. */
  modules: ModuleSet;
  body: Buffer;
  etag: string;
}

/**
 * What the resident portal needs to draw the city. The body is serialised once per city and
 * module-set version: the cache is keyed by the resolved city object and checked against the
 * module set, and both are replaced by the host and module caches when an invalidation message
 * drops them, so a branding change or a toggle makes a new body on the next request. Browsers
 * revalidate with the ETag (`no-cache`) and get a 304 while nothing changed.
 */
export function createSiteRouter({ registry, modules }: { registry: ModuleRegistry; modules: ModuleSetCache }) {
  const bodies = new WeakMap<ResolvedTenant, SiteBody>();
  const router = Router();
  router.get('/site', async (req, res) => {
    const t = cityOf(req);
    const active = await modules.get(t.id);
    let site = bodies.get(t);
    if (site?.modules !== active) {
      const body = Buffer.from(
        JSON.stringify({
          slug: t.slug,
          name: t.name,
          locales: t.locales,
          defaultLocale: t.defaultLocale,
          timeZone: t.timeZone,
          branding: t.branding,
          modules: siteModules(registry, active),
        }),
      );
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      site = { modules: active, body, etag };
      bodies.set(t, site);
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', site.etag);
    res.send(site.body);
  });
  return router;
}
