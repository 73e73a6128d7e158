import { type AppClient, withTenant } from '@civitas/db';
import type { Redis } from 'ioredis';

export interface ActiveModule {
  version: string;
  settings: Record<string, unknown>;
}

/** A city's active modules: switched on by the city AND allowed by its plan. */
export type ModuleSet = ReadonlyMap<string, ActiveModule>;

interface Entry {
  value: ModuleSet;
  expiresAt: number;
}

/**
 * Per-process cache of each city's active modules. A change anywhere publishes the city's id on
 * a Redis channel and every API and worker process drops its entry at once; the TTL is only a
 * backstop for a lost message.
 */
export class ModuleSetCache {
  readonly #entries = new Map<string, Entry>();
  readonly #loading = new Map<string, Promise<ModuleSet>>();
  #subscriber: Redis | undefined;

  constructor(
    private readonly db: AppClient,
    private readonly options: { ttlMs: number; channel: string; publisher: Redis },
  ) {}

  async listen(subscriber: Redis): Promise<void> {
    this.#subscriber = subscriber;
    subscriber.on('message', (channel, tenantId) => {
      if (channel === this.options.channel) this.#entries.delete(tenantId);
    });
    await subscriber.subscribe(this.options.channel);
  }

  async get(tenantId: string): Promise<ModuleSet> {
    const hit = this.#entries.get(tenantId);
    if (hit && hit.expiresAt > Date.now()) return hit.value;
    let pending = this.#loading.get(tenantId);
    if (!pending) {
      pending = this.#load(tenantId).finally(() => this.#loading.delete(tenantId));
      this.#loading.set(tenantId, pending);
    }
    return pending;
  }

  /** Drops the city's entry here and on every other process. */
  async invalidate(tenantId: string): Promise<void> {
    this.#entries.delete(tenantId);
    await this.options.publisher.publish(this.options.channel, tenantId);
  }

  async close(): Promise<void> {
    await this.#subscriber?.unsubscribe(this.options.channel);
  }

  async #load(tenantId: string): Promise<ModuleSet> {
    const rows = await withTenant(tenantId, async () => {
      const [modules, entitled] = await Promise.all([
        this.db.tenantModule.findMany({ where: { tenantId, enabled: true } }),
        this.db.moduleEntitlement.findMany({ where: { tenantId }, select: { moduleId: true } }),
      ]);
      const allowed = new Set(entitled.map((e) => e.moduleId));
      return modules.filter((m) => allowed.has(m.moduleId));
    });
    const value: ModuleSet = new Map(
      rows.map((m) => [m.moduleId, { version: m.version, settings: m.settings as Record<string, unknown> }]),
    );
    this.#entries.set(tenantId, { value, expiresAt: Date.now() + this.options.ttlMs });
    return value;
  }
}
