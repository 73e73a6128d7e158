import type { AppClient } from '@civitas/db';
import type { ModuleRegistry } from '@civitas/module-sdk';
import semver from 'semver';
import { cityNames, listVisibleCatalogue, moduleAdoption } from './catalogue-repository.ts';
import { listEntitledModuleIds, listTenantModules } from './module-state-repository.ts';

export interface CatalogueFilter {
  q?: string;
  category?: string;
  author?: string;
}

/**
 * The catalogue as one city's admin sees it: what each module is, who built it, who uses it,
 * what it needs, whether this city may and does use it.
 */
export async function catalogueView(db: AppClient, registry: ModuleRegistry, tenantSlug: string) {
  const [rows, adoption, names, entitled, states] = await Promise.all([
    listVisibleCatalogue(db),
    moduleAdoption(db),
    cityNames(db),
    listEntitledModuleIds(db),
    listTenantModules(db),
  ]);
  const nameOf = (id: string) => registry.get(id)?.name ?? { en: id };
  return rows
    .filter((row) => registry.has(row.id))
    .map((row) => {
      const definition = registry.get(row.id)!;
      const state = states.find((s) => s.moduleId === row.id);
      const usedBy = adoption.filter((a) => a.moduleId === row.id).map((a) => ({ slug: a.slug, name: a.name }));
      return {
        id: row.id,
        name: definition.name,
        description: definition.description,
        category: definition.category,
        /** `built`: made in the builder (a definition); `code`: a workspace package. */
        source: registry.isBuilt(row.id) ? ('built' as const) : ('code' as const),
        author: { slug: definition.author, name: names.get(definition.author) ?? definition.author },
        latestVersion: definition.version,
        visibility: row.sharedAt ? ('shared' as const) : ('private' as const),
        isOwn: definition.author === tenantSlug,
        entitled: entitled.has(row.id),
        dependsOn: Object.entries(definition.dependsOn).map(([id, range]) => ({ id, name: nameOf(id), range })),
        requiredBy: registry.dependentsOf(row.id).map((id) => ({ id, name: nameOf(id) })),
        usedBy,
        state: {
          enabled: state?.enabled ?? false,
          version: state?.version ?? null,
          updateAvailable: state ? semver.lt(state.version, definition.version) : false,
        },
        versions: row.versions
          .sort((a, b) => semver.rcompare(a.version, b.version))
          .map((v) => ({ version: v.version, releasedOn: v.releasedOn, changelog: v.changelog })),
        settings: state?.settings ?? definition.settings.parse({}),
      };
    });
}

export type CatalogueEntry = Awaited<ReturnType<typeof catalogueView>>[number];

export function filterCatalogue(entries: CatalogueEntry[], filter: CatalogueFilter) {
  const q = filter.q?.trim().toLowerCase();
  return entries.filter(
    (e) =>
      (!filter.category || e.category === filter.category) &&
      (!filter.author || e.author.slug === filter.author) &&
      (!q || [...Object.values(e.name), ...Object.values(e.description)].some((t) => t.toLowerCase().includes(q))),
  );
}
