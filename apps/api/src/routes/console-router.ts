import { recordOperatorAudit } from '@civitas/audit';
import type { PlatformClient } from '@civitas/db';
import { HttpError, notFound, parseInput } from '@civitas/http';
import type { ModuleSetCache } from '@civitas/module-host';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { findTenantById, listEntitlements, listTenants, setEntitlements } from '@civitas/platform';
import { Router } from 'express';
import { z } from 'zod';

const entitlementsBody = z.object({ modules: z.array(z.string().max(40)).max(500) });
const tenantParams = z.object({ id: z.uuid('must be a city id') });

/** Operator API on the console host (mounted behind the operator check): cities and their plans. */
export function createConsoleRouter({
  platformDb,
  registry,
  modules,
}: { platformDb: PlatformClient; registry: ModuleRegistry; modules: ModuleSetCache }) {
  const router = Router();

  router.get('/console/tenants', async (_req, res) => {
    res.json({ tenants: await listTenants(platformDb) });
  });

  const cityFrom = async (params: unknown) => {
    const { id } = parseInput(tenantParams, params, 'path');
    const tenant = await findTenantById(platformDb, id);
    if (!tenant) throw notFound('This city');
    return tenant;
  };

  router.get('/console/tenants/:id/entitlements', async (req, res) => {
    const tenant = await cityFrom(req.params);
    const allowed = new Set(await listEntitlements(platformDb, tenant.id));
    res.json({
      modules: registry.list.map((m) => ({ id: m.id, name: m.name, author: { slug: m.author }, entitled: allowed.has(m.id) })),
    });
  });

  router.put('/console/tenants/:id/entitlements', async (req, res) => {
    const tenant = await cityFrom(req.params);
    const { modules: ids } = parseInput(entitlementsBody, req.body);
    const unknown = ids.filter((id) => !registry.has(id));
    if (unknown.length) {
      throw new HttpError(400, 'unknown_module', `No installed module is called ${unknown.join(', ')}.`, { modules: `unknown: ${unknown.join(', ')}` });
    }
    const change = await setEntitlements(platformDb, tenant.id, [...new Set(ids)], req.operator!.email);
    await recordOperatorAudit(platformDb, {
      operatorId: req.operator!.id,
      actorLabel: req.operator!.email,
      action: 'tenant.entitlements_changed',
      subjectTenantId: tenant.id,
      before: change.before,
      after: change.after,
      requestId: String(req.id),
    });
    await modules.invalidate(tenant.id);
    res.json({ modules: change.after });
  });
  return router;
}
