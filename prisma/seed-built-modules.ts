import { withTenant } from '@civitas/db';
import { enableModule } from '@civitas/module-host';
import { publishBuiltModule, saveBuilderDraft } from '@civitas/module-builder';
import { terracePermitsExample } from '@civitas/module-sdk/builder';
import { setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import type { Runtime } from '@civitas/runtime';

/**
 * Budapest's staff have built "Terrace permit requests" in the builder and shared it; Baltimore
 * has switched it on. Through the builder's own services, so it is published like any other
 * built module. Safe to run again: a module already published is left as it is.
 */
export async function seedBuiltModules(runtime: Runtime, cities: Map<string, { id: string }>) {
  const budapest = cities.get('budapest');
  const baltimore = cities.get('baltimore');
  if (!budapest || !baltimore) return;
  const id = terracePermitsExample.id;
  const actor = { type: 'system' as const, id: null, label: 'admin@budapest.localhost' };
  const deps = { db: runtime.db, registry: runtime.registry, announce: () => runtime.builtModules.announce() };
  const published = await runtime.platformDb.builderVersion.count({ where: { moduleId: id } });
  if (!published) {
    await withTenant(budapest.id, async () => {
      await saveBuilderDraft(deps, { tenantSlug: 'budapest', actor }, id, { definition: terracePermitsExample });
      await publishBuiltModule(deps, { tenantSlug: 'budapest', actor }, id, {
        changelog: { hu: 'Első változat.', en: 'First version.' },
      });
    });
  }
  await shareModuleAsPlatform(runtime.platformDb, id, actor.label);
  for (const city of cities.values()) {
    const entitled = await runtime.platformDb.moduleEntitlement.findMany({ where: { tenantId: city.id } });
    await setEntitlements(runtime.platformDb, city.id, [...new Set([...entitled.map((e) => e.moduleId), id])], 'demo seed');
  }
  const moduleDeps = { db: runtime.db, registry: runtime.registry, jobs: runtime.jobs, cache: runtime.modules };
  await withTenant(baltimore.id, () =>
    enableModule(moduleDeps, { tenantId: baltimore.id, actor: { type: 'system', id: null, label: 'demo seed' } }, id),
  ).catch((error: { status?: number }) => {
    if (error.status !== 409) throw error;
  });
}
