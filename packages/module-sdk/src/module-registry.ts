import semver from 'semver';
import type { ModuleDefinition } from './define-module.ts';

export type ModuleRegistry = ReturnType<typeof createModuleRegistry>;

/**
 * The installed modules, checked as a whole: unique ids, every dependency installed at a version
 * its range accepts, and no cycles. Built once at start by each process.
 */
export function createModuleRegistry(definitions: ModuleDefinition[]) {
  const byId = new Map<string, ModuleDefinition>();
  for (const d of definitions) {
    if (byId.has(d.id)) throw new Error(`Module ${d.id} is registered twice`);
    byId.set(d.id, d);
  }
  for (const d of definitions) {
    for (const [dep, range] of Object.entries(d.dependsOn)) {
      const target = byId.get(dep);
      if (!target) throw new Error(`Module ${d.id} depends on ${dep}, which is not installed`);
      if (!semver.satisfies(target.version, range)) {
        throw new Error(`Module ${d.id} needs ${dep} ${range}, but ${target.version} is installed`);
      }
    }
  }
  const cycle = findCycle(definitions);
  if (cycle) throw new Error(`Module dependencies form a cycle: ${cycle.join(' → ')}`);

  // Built modules (definitions made in the builder) arrive at run time and depend on nothing.
  let built = new Map<string, ModuleDefinition>();
  const find = (id: string) => byId.get(id) ?? built.get(id);
  const dependentsOf = (id: string) => definitions.filter((d) => id in d.dependsOn).map((d) => d.id);
  return {
    /** Code modules in registration order, then built modules by id. */
    get list(): ModuleDefinition[] {
      return [...definitions, ...built.values()];
    },
    has: (id: string) => !!find(id),
    get(id: string): ModuleDefinition | undefined {
      return find(id);
    },
    /** Whether the module was made in the builder rather than written as code. */
    isBuilt: (id: string) => built.has(id) && !byId.has(id),
    /**
     * Replaces the built modules with the latest published versions. An id a code module holds,
     * or a built module with dependencies, is refused (the database refuses such an id too).
     */
    setBuilt(modules: ModuleDefinition[]) {
      const next = new Map<string, ModuleDefinition>();
      for (const m of [...modules].sort((a, b) => a.id.localeCompare(b.id))) {
        if (byId.has(m.id)) throw new Error(`Built module ${m.id} has the id of a code module`);
        if (Object.keys(m.dependsOn).length) throw new Error(`Built module ${m.id} may not depend on other modules`);
        next.set(m.id, m);
      }
      built = next;
    },
    /** Direct dependencies. */
    dependenciesOf: (id: string) => Object.keys(find(id)?.dependsOn ?? {}),
    /** Installed modules that depend on this one directly. */
    dependentsOf,
    /** Every module this one needs, transitively, dependencies first. */
    closureOf(id: string): string[] {
      const order: string[] = [];
      const visit = (m: string) => {
        for (const dep of Object.keys(find(m)?.dependsOn ?? {})) visit(dep);
        if (!order.includes(m)) order.push(m);
      };
      visit(id);
      return order.filter((m) => m !== id);
    },
  };
}

function findCycle(definitions: ModuleDefinition[]): string[] | null {
  const deps = new Map(definitions.map((d) => [d.id, Object.keys(d.dependsOn)]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    path.push(id);
    for (const dep of deps.get(id) ?? []) {
      const found = visit(dep);
      if (found) return found;
    }
    path.pop();
    state.set(id, 'done');
    return null;
  };
  for (const d of definitions) {
    const found = visit(d.id);
    if (found) return found;
  }
  return null;
}
