import type { Actor } from '@civitas/audit';
import type { AppClient } from '@civitas/db';
import type { JobQueues } from '@civitas/jobs';
import type { ModuleRegistry } from '@civitas/module-sdk';
import type { ModuleSetCache } from './module-set-cache.ts';

/** What every city-admin module action needs; all of it runs inside the city's tenant scope. */
export interface ModuleActionDeps {
  db: AppClient;
  registry: ModuleRegistry;
  jobs: JobQueues;
  cache: ModuleSetCache;
}

export interface ActionContext {
  tenantId: string;
  actor: Actor;
  requestId?: string;
}

export const localName = (name: unknown, fallback: string) =>
  (name && typeof name === 'object' && 'en' in name ? String((name as { en: string }).en) : fallback);
