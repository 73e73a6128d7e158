import { recordAudit } from '@civitas/audit';
import { requireResident, requireStaff } from '@civitas/auth';
import { type AppClient, type PlatformClient, requireTenantId, withTenant } from '@civitas/db';
import { errorHandler } from '@civitas/http';
import type { ModuleContext, ModuleDefinition } from '@civitas/module-sdk';
import { cityOf, type ResolvedTenant } from '@civitas/tenancy';
import express from 'express';

/**
 * Test harness only: the module's router on a bare Express app, over the real app client (RLS on).
 * The city comes from an `x-test-city` header and the signed-in account from `x-test-staff` /
 * `x-test-resident`; permission, resident and audit checks are the platform's own
 * (`requireStaff`, `requireResident`, `recordAudit`). The platform's module host replaces all this.
 */
export function moduleTestApp(options: {
  db: AppClient;
  platformDb: PlatformClient;
  module: ModuleDefinition;
  settings?: Map<string, Record<string, unknown>>;
  enqueue?: ModuleContext['enqueue'];
}) {
  const { db, platformDb, module } = options;
  const ctx: ModuleContext = {
    db,
    settings: <T>(req: express.Request) => module.settings.parse(options.settings?.get(cityOf(req).id) ?? {}) as T,
    requirePermission: (id) => {
      const permission = module.permissions.find((p) => p.id === id);
      if (!permission) throw new Error(`${module.id} does not declare ${id}`);
      return requireStaff(db, permission.defaultRoles);
    },
    requireResident: () => requireResident(db),
    audit: async (req, entry) => {
      const staff = req.staff!;
      await recordAudit(db, { ...entry, actor: { type: 'staff', id: staff.id, label: staff.email } });
    },
    enqueue: async (job, payload, jobOptions) => {
      // As the platform does: a module enqueues only its own jobs, only for the calling city.
      if (payload.tenantId !== requireTenantId()) throw new Error('A job may only be enqueued for the current city');
      if (!job.name.startsWith(`${module.id}.`)) throw new Error(`Job ${job.name} does not belong to ${module.id}`);
      return options.enqueue ? options.enqueue(job, payload, jobOptions) : 'not-enqueued';
    },
  };
  const router = module.api!(ctx);

  const app = express();
  app.use(express.json());
  app.use(async (req, res, next) => {
    const tenant = await platformDb.tenant.findFirst({ where: { id: String(req.header('x-test-city')) } });
    if (!tenant) return res.status(404).json({ error: { code: 'unknown_city' } });
    req.site = { face: 'city', tenant: { ...tenant, branding: tenant.branding as never, primaryHost: `${tenant.slug}.localhost` } as ResolvedTenant };
    const staff = req.header('x-test-staff');
    const resident = req.header('x-test-resident');
    const principal = staff ? { kind: 'staff' as const, id: staff } : resident ? { kind: 'resident' as const, id: resident } : undefined;
    req.session = { principal } as never;
    // As the host middleware does: the rest of the request runs in the city's scope.
    await withTenant(tenant.id, () => router(req, res, next));
  });
  app.use(errorHandler((error) => console.error(error)));
  return app;
}
