import type { ModulePrivacy } from '@civitas/module-sdk';
import type { BuiltModuleDefinition } from '@civitas/module-sdk/builder';

/** What a built module keeps (its author's statement), and the resident's entries for export and erasure. */
export function builtModulePrivacy(d: BuiltModuleDefinition): ModulePrivacy {
  return {
    keeps: { ...d.privacy, en: d.privacy.en ?? '' },
    export: async ({ db, tenantId, residentId }) =>
      db.builderEntry.findMany({
        where: { tenantId, moduleId: d.id, submitterId: residentId },
        select: { reference: true, entityType: true, state: true, data: true, createdAt: true, transitions: { select: { toState: true, comment: true, createdAt: true } } },
      }),
    // The entries stay for the city's records, but no longer point at the account or hold its contact details.
    erase: async ({ db, tenantId, residentId }) => {
      const entries = await db.builderEntry.findMany({ where: { tenantId, moduleId: d.id, submitterId: residentId } });
      for (const entry of entries) {
        const entity = d.entityTypes.find((e) => e.key === entry.entityType);
        const personal = new Set(entity?.fields.filter((f) => f.type === 'email' || f.type === 'phone').map((f) => f.key) ?? []);
        const data = Object.fromEntries(Object.entries(entry.data as Record<string, unknown>).filter(([k]) => !personal.has(k)));
        await db.builderEntry.updateMany({ where: { tenantId, id: entry.id }, data: { submitterId: null, data: data as object } });
      }
    },
  };
}
