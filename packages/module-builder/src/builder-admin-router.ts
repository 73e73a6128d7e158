import { requireStaff } from '@civitas/auth';
import { notFound } from '@civitas/http';
import { cityOf } from '@civitas/tenancy';
import { type Request, Router } from 'express';
import { findDraft, listDrafts, listVersions } from './builder-repository.ts';
import { type BuilderContext, type BuilderDeps, draftJson, previewPublish, publishBuiltModule, saveBuilderDraft } from './builder-service.ts';

/**
 * The admin's "Build a module": drafts, the preview of a publish, publishing, the versions.
 * Admins only. Sharing a published module and switching it on go through the module switches
 * (`/api/admin/modules/<id>/share`, `/enable`), exactly as for a code module.
 */
export function createBuilderAdminRouter(deps: BuilderDeps) {
  const router = Router();
  const admin = requireStaff(deps.db, ['admin']);
  const ctx = (req: Request): BuilderContext => ({
    tenantSlug: cityOf(req).slug,
    actor: { type: 'staff', id: req.staff!.id, label: req.staff!.email },
    requestId: String(req.id),
  });

  router.get('/admin/builder/modules', admin, async (_req, res) => {
    res.json({ drafts: (await listDrafts(deps.db)).map(draftJson) });
  });

  router.get('/admin/builder/modules/:id', admin, async (req, res) => {
    const id = String(req.params.id);
    const draft = await findDraft(deps.db, id);
    if (!draft) throw notFound(`A draft of "${id}"`);
    const versions = await listVersions(deps.db, id);
    res.json({
      draft: draftJson(draft),
      versions: versions.map((v) => ({ version: v.version, changeLevel: v.changeLevel, changes: v.changes, changelog: v.changelog, publishedAt: v.publishedAt.toISOString(), publishedBy: v.publishedBy })),
    });
  });

  router.put('/admin/builder/modules/:id', admin, async (req, res) => {
    res.json({ draft: await saveBuilderDraft(deps, ctx(req), String(req.params.id), req.body) });
  });

  router.get('/admin/builder/modules/:id/publish', admin, async (req, res) => {
    res.json(await previewPublish(deps, String(req.params.id)));
  });

  router.post('/admin/builder/modules/:id/publish', admin, async (req, res) => {
    res.status(201).json(await publishBuiltModule(deps, ctx(req), String(req.params.id), req.body));
  });

  return router;
}
