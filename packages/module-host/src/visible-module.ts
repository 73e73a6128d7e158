import type { AppClient } from '@civitas/db';
import { HttpError, notFound } from '@civitas/http';
import type { ModuleDefinition, ModuleRegistry } from '@civitas/module-sdk';
import { findVisibleCatalogModule } from './catalogue-repository.ts';

/** The installed module, if this city may see it in the catalogue (shared, or its own); 404 otherwise. */
export async function visibleModule(db: AppClient, registry: ModuleRegistry, id: string): Promise<ModuleDefinition> {
  const definition = registry.get(id);
  const row = definition ? await findVisibleCatalogModule(db, id) : null;
  if (!definition || !row) throw notFound(`The module "${id}"`);
  return definition;
}

export function requireEntitled(entitled: Set<string>, definition: ModuleDefinition) {
  if (!entitled.has(definition.id)) {
    throw new HttpError(
      403,
      'not_entitled',
      `${definition.name.en} is not part of this city's plan. Ask the platform operators to allow it.`,
    );
  }
}
