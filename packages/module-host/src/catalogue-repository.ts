import { type AppClient, requireTenantId } from '@civitas/db';

/** The catalogue as this city may see it: row-level security hides other cities' private modules. */
export async function listVisibleCatalogue(db: AppClient) {
  return db.catalogModule.findMany({ where: { id: { not: '' } }, include: { versions: true }, orderBy: { id: 'asc' } });
}

export async function findVisibleCatalogModule(db: AppClient, id: string) {
  return db.catalogModule.findFirst({ where: { id }, include: { versions: true } });
}

/** Which active cities use which module: the catalogue's public adoption facts. */
export async function moduleAdoption(db: AppClient) {
  requireTenantId();
  return db.$queryRaw<{ moduleId: string; slug: string; name: string }[]>`
    select "moduleId", slug, name from civitas_module_adoption() order by name`;
}

export async function markShared(db: AppClient, id: string, by: string) {
  return db.catalogModule.updateMany({ where: { id, sharedAt: null }, data: { sharedAt: new Date(), sharedBy: by } });
}

/** Names of cities by slug, for "built by Baltimore". Only slugs and names of active cities. */
export async function cityNames(db: AppClient): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<{ slug: string; name: string }[]>`select slug, name from civitas_city_directory()`;
  return new Map(rows.map((r) => [r.slug, r.name]));
}
