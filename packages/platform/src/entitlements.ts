import type { PlatformClient } from '@civitas/db';

/** The modules an operator allows a city to use. */
export async function listEntitlements(platformDb: PlatformClient, tenantId: string): Promise<string[]> {
  const rows = await platformDb.moduleEntitlement.findMany({ where: { tenantId }, orderBy: { moduleId: 'asc' } });
  return rows.map((r) => r.moduleId);
}

/** Replaces a city's plan with exactly these modules; returns what it was before. */
export async function setEntitlements(platformDb: PlatformClient, tenantId: string, moduleIds: string[], grantedBy: string) {
  return platformDb.$transaction(async (tx) => {
    const before = (await tx.moduleEntitlement.findMany({ where: { tenantId } })).map((r) => r.moduleId).sort();
    await tx.moduleEntitlement.deleteMany({ where: { tenantId, moduleId: { notIn: moduleIds } } });
    await tx.moduleEntitlement.createMany({
      data: moduleIds.map((moduleId) => ({ tenantId, moduleId, grantedBy })),
      skipDuplicates: true,
    });
    return { before, after: [...moduleIds].sort() };
  });
}

export async function findTenantById(platformDb: PlatformClient, id: string) {
  return platformDb.tenant.findFirst({ where: { id } });
}

/** Shares a module in the catalogue on its author city's behalf (demo data, imports). */
export async function shareModuleAsPlatform(platformDb: PlatformClient, moduleId: string, by: string) {
  return platformDb.catalogModule.updateMany({ where: { id: moduleId, sharedAt: null }, data: { sharedAt: new Date(), sharedBy: by } });
}
