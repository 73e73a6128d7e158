import type { PlatformClient } from '@civitas/db';
import type { ModuleRegistry } from '@civitas/module-sdk';

/**
 * Brings the shared catalogue in line with the installed modules (run at start by the API).
 * Sharing decisions (`sharedAt`) belong to the author city and are never overwritten.
 */
export async function syncCatalogue(platformDb: PlatformClient, registry: ModuleRegistry) {
  for (const m of registry.list) {
    const data = {
      authorSlug: m.author,
      category: m.category,
      name: m.name,
      description: m.description,
      latestVersion: m.version,
      dependsOn: m.dependsOn,
      permissions: m.permissions as object[],
    };
    await platformDb.catalogModule.upsert({ where: { id: m.id }, create: { id: m.id, ...data }, update: data });
    for (const entry of m.changelog) {
      const version = { releasedOn: entry.date, changelog: entry.notes, dependsOn: entry.version === m.version ? m.dependsOn : {} };
      await platformDb.catalogModuleVersion.upsert({
        where: { moduleId_version: { moduleId: m.id, version: entry.version } },
        create: { moduleId: m.id, version: entry.version, ...version },
        update: { releasedOn: entry.date, changelog: entry.notes },
      });
    }
  }
}
