import type { ModuleWeb } from '@civitas/module-sdk/web';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { moduleWebRegistry } from './module-web-registry.ts';

type Part = keyof ModuleWeb<ReactNode>;
type AnyComponent = ComponentType<any>;

const loaded = new Map<string, Promise<ModuleWeb<ReactNode>>>();
/** Modules made in the builder, as `/api/site` and the catalogue say: they share one generic chunk. */
const builtIds = new Set<string>();
const loadBuilt = () => import('@civitas/module-builder/web');
const parts = new Map<string, LazyExoticComponent<AnyComponent>>();
const Nothing = () => null;

/** Whether this build has web code for the module (a module can be API-only). */
export function hasModuleWeb(id: string, built = false): boolean {
  if (built) builtIds.add(id);
  return Object.hasOwn(moduleWebRegistry, id) || builtIds.has(id);
}

/** Fetches a module's chunk once; later calls share the same promise. */
export function loadModuleWeb(id: string): Promise<ModuleWeb<ReactNode>> {
  let promise = loaded.get(id);
  if (!promise) {
    const load = moduleWebRegistry[id] ?? (builtIds.has(id) ? loadBuilt : undefined);
    promise = load ? load().then((m) => m.default) : Promise.reject(new Error(`No web code for module "${id}"`));
    // A failed fetch (offline, new deploy) may be retried on the next render.
    promise.catch(() => loaded.delete(id));
    loaded.set(id, promise);
  }
  return promise;
}

/**
 * One part of a module's web code as a lazy component, made once per module and part so React
 * keeps its state across renders. A part the module does not export renders nothing.
 */
export function moduleWebPart<P>(id: string, part: Part): LazyExoticComponent<ComponentType<P>> {
  const key = `${id}:${part}`;
  let component = parts.get(key);
  if (!component) {
    component = lazy(async () => ({ default: ((await loadModuleWeb(id))[part] as AnyComponent | undefined) ?? Nothing }));
    parts.set(key, component);
  }
  return component as LazyExoticComponent<ComponentType<P>>;
}
