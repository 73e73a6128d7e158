import { requireStaff } from '@civitas/auth';
import { notFound, parseInput } from '@civitas/http';
import { settingsJsonSchema } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import { type Request, Router } from 'express';
import { z } from 'zod';
import { catalogueView, filterCatalogue } from './catalogue-view.ts';
import { disableModule } from './disable-module.ts';
import { enableModule } from './enable-module.ts';
import type { ActionContext, ModuleActionDeps } from './module-actions-deps.ts';
import { shareModule } from './share-module.ts';
import { updateModuleSettings } from './update-module-settings.ts';
import { upgradeModule } from './upgrade-module.ts';

const listQuery = z.object({
  q: z.string().max(100).optional(),
  category: z.string().max(40).optional(),
  author: z.string().max(40).optional(),
});
const enableBody = z.object({ withDependencies: z.boolean().optional() }).default({});

/** The catalogue and module switches of the city admin. Browsing: any staff; changes: admins. */
export function createModuleAdminRouter(deps: ModuleActionDeps) {
  const router = Router();
  const anyStaff = requireStaff(deps.db);
  const admin = requireStaff(deps.db, ['admin']);
  const ctx = (req: Request): ActionContext & { tenantSlug: string } => ({
    tenantId: cityOf(req).id,
    tenantSlug: cityOf(req).slug,
    actor: { type: 'staff', id: req.staff!.id, label: req.staff!.email },
    requestId: String(req.id),
  });

  router.get('/admin/modules', anyStaff, async (req, res) => {
    const filter = parseInput(listQuery, req.query, 'query');
    const all = await catalogueView(deps.db, deps.registry, cityOf(req).slug);
    const modules = filterCatalogue(all, filter).map(({ versions: _v, settings: _s, ...card }) => card);
    res.json({
      modules,
      categories: [...new Set(all.map((m) => m.category))].sort(),
      authors: [...new Map(all.map((m) => [m.author.slug, m.author])).values()],
    });
  });

  router.get('/admin/modules/:id', anyStaff, async (req, res) => {
    const id = String(req.params.id);
    const entry = (await catalogueView(deps.db, deps.registry, cityOf(req).slug)).find((m) => m.id === id);
    const definition = deps.registry.get(id);
    if (!entry || !definition) throw notFound(`The module "${id}"`);
    res.json({
      module: {
        ...entry,
        settingsSchema: settingsJsonSchema(definition),
        permissions: definition.permissions,
        navigation: definition.navigation,
      },
    });
  });

  router.post('/admin/modules/:id/enable', admin, async (req, res) => {
    const body = parseInput(enableBody, req.body ?? {});
    res.json(await enableModule(deps, ctx(req), String(req.params.id), body.withDependencies));
  });
  router.post('/admin/modules/:id/disable', admin, async (req, res) => {
    res.json(await disableModule(deps, ctx(req), String(req.params.id)));
  });
  router.put('/admin/modules/:id/settings', admin, async (req, res) => {
    res.json(await updateModuleSettings(deps, ctx(req), String(req.params.id), req.body));
  });
  router.post('/admin/modules/:id/upgrade', admin, async (req, res) => {
    res.json(await upgradeModule(deps, ctx(req), String(req.params.id)));
  });
  router.post('/admin/modules/:id/share', admin, async (req, res) => {
    res.json(await shareModule(deps, ctx(req), String(req.params.id)));
  });
  return router;
}
