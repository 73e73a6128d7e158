import type { ModuleRegistry } from '@civitas/module-sdk';
import type { ModuleSet } from './module-set-cache.ts';

/** The city's active modules as the portal draws them: name and navigation, in registry order. */
export function siteModules(registry: ModuleRegistry, active: ModuleSet) {
  return registry.list
    .filter((m) => active.has(m.id))
    .map((m) => ({
      id: m.id,
      name: m.name,
      /** Made in the builder: the portal draws it with the one generic built-module chunk. */
      built: registry.isBuilt(m.id),
      navigation: m.navigation.map((n) => ({ path: `/m/${m.id}/${n.path}`, label: n.label })),
    }));
}
