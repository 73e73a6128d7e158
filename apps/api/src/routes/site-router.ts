import { type ModuleSetCache, siteModules } from '@civitas/module-host';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import { Router } from 'express';

/** What the resident portal needs to draw the city: served from the host and module caches. */
export function createSiteRouter({ registry, modules }: { registry: ModuleRegistry; modules: ModuleSetCache }) {
  const router = Router();
  router.get('/site', async (req, res) => {
    const t = cityOf(req);
    res.json({
      slug: t.slug,
      name: t.name,
      locales: t.locales,
      defaultLocale: t.defaultLocale,
      timeZone: t.timeZone,
      branding: t.branding,
      modules: siteModules(registry, await modules.get(t.id)),
    });
  });
  return router;
}
