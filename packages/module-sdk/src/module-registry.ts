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

  const dependentsOf = (id: string) => definitions.filter((d) => id in d.dependsOn).map((d) => d.id);
  return {
    list: definitions,
    has: (id: string) => byId.has(id),
    get(id: string): ModuleDefinition | undefined {
      return byId.get(id);
    },
    /** Direct dependencies. */
    dependenciesOf: (id: string) => Object.keys(byId.get(id)?.dependsOn ?? {}),
    /** Installed modules that depend on this one directly. */
    dependentsOf,
    /** Every module this one needs, transitively, dependencies first. */
    closureOf(id: string): string[] {
      const order: string[] = [];
      const visit = (m: string) => {
        for (const dep of Object.keys(byId.get(m)?.dependsOn ?? {})) visit(dep);
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
