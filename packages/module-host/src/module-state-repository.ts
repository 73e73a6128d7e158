import { type AppClient, Prisma, requireTenantId } from '@civitas/db';

/** The city's own module rows: switched on or off, version, settings. */
export async function listTenantModules(db: AppClient) {
  return db.tenantModule.findMany({ where: { tenantId: requireTenantId() } });
}

export async function findTenantModule(db: AppClient, moduleId: string) {
  return db.tenantModule.findFirst({ where: { tenantId: requireTenantId(), moduleId } });
}

export async function listEntitledModuleIds(db: AppClient): Promise<Set<string>> {
  const rows = await db.moduleEntitlement.findMany({ where: { tenantId: requireTenantId() }, select: { moduleId: true } });
  return new Set(rows.map((r) => r.moduleId));
}

export async function saveTenantModule(
  db: AppClient,
  moduleId: string,
  data: { enabled: boolean; version: string; settings: Record<string, unknown>; enabledAt?: Date },
) {
  const tenantId = requireTenantId();
  const settings = data.settings as Prisma.InputJsonValue;
  return db.tenantModule.upsert({
    where: { tenantId_moduleId: { tenantId, moduleId } },
    create: { tenantId, moduleId, ...data, settings },
    update: { ...data, settings, generation: { increment: 1 } },
  });
}
