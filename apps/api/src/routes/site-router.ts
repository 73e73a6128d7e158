import { cityOf } from '@civitas/tenancy';
import { Router } from 'express';

/** What the resident portal needs to draw the city: served from the host cache, no query. */
export function createSiteRouter() {
  const router = Router();
  router.get('/site', (req, res) => {
    const t = cityOf(req);
    res.json({
      slug: t.slug,
      name: t.name,
      locales: t.locales,
      defaultLocale: t.defaultLocale,
      timeZone: t.timeZone,
      branding: t.branding,
      // Filled by the module system: each enabled module with its navigation entries.
      modules: [],
    });
  });
  return router;
}
