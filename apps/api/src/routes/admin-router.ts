import { listAudit, recordAudit } from '@civitas/audit';
import { countAccounts, requireStaff } from '@civitas/auth';
import { brandingSchema } from '@civitas/branding';
import type { AppClient } from '@civitas/db';
import { parseInput } from '@civitas/http';
import { type HostResolver, getTenantProfile, updateTenantBranding } from '@civitas/tenancy';
import { Router } from 'express';
import { z } from 'zod';

const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  action: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  module: z.string().max(40).optional(),
  before: z.iso.datetime().optional(),
});

/** The city admin's API. Every route checks the signed-in staff member of this city and their role. */
export function createAdminRouter({ db, resolver }: { db: AppClient; resolver: HostResolver }) {
  const router = Router();
  const anyStaff = requireStaff(db);
  const admin = requireStaff(db, ['admin']);

  router.get('/admin/overview', anyStaff, async (_req, res) => {
    const [tenant, counts] = await Promise.all([getTenantProfile(db), countAccounts(db)]);
    res.json({
      tenant: {
        slug: tenant.slug,
        name: tenant.name,
        status: tenant.status,
        locales: tenant.locales,
        defaultLocale: tenant.defaultLocale,
        timeZone: tenant.timeZone,
        branding: tenant.branding,
      },
      domains: tenant.domains.map((d) => ({ host: d.host, primary: d.primary === true })),
      modules: [],
      staffCount: counts.staff,
      residentCount: counts.residents,
    });
  });

  router.put('/admin/branding', admin, async (req, res) => {
    const branding = parseInput(brandingSchema, req.body);
    const staff = req.staff!;
    await db.$transaction(async (tx) => {
      const client = tx as unknown as AppClient;
      const before = await getTenantProfile(client);
      await updateTenantBranding(client, branding);
      await recordAudit(client, {
        actor: { type: 'staff', id: staff.id, label: staff.email },
        action: 'tenant.branding_changed',
        targetType: 'tenant',
        targetId: before.id,
        before: before.branding,
        after: branding,
        requestId: String(req.id),
      });
    });
    await resolver.invalidateTenant(staff.tenantId);
    res.json({ branding });
  });

  router.get('/admin/audit', admin, async (req, res) => {
    const q = parseInput(auditQuery, req.query, 'query');
    const events = await listAudit(db, {
      ...q,
      before: q.before ? new Date(q.before) : undefined,
    });
    res.json({ events });
  });

  return router;
}
