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
  /** Bumped at each invalidation: a load that started before it must not store its (stale) result. */
  #epoch = 0;
  #subscriber: Redis | undefined;

  constructor(
    private readonly db: AppClient,
    private readonly options: { ttlMs: number; channel: string; publisher: Redis },
  ) {}

  async listen(subscriber: Redis): Promise<void> {
    this.#subscriber = subscriber;
    subscriber.on('message', (channel, tenantId) => {
      if (channel === this.options.channel) this.#drop(tenantId);
    });
    await subscriber.subscribe(this.options.channel);
  }

  /** The city's cached set if it is fresh, without a promise: for the hot path. */
  peek(tenantId: string): ModuleSet | undefined {
    const hit = this.#entries.get(tenantId);
    return hit && hit.expiresAt > Date.now() ? hit.value : undefined;
  }

  async get(tenantId: string): Promise<ModuleSet> {
    const hit = this.peek(tenantId);
    if (hit) return hit;
    let pending = this.#loading.get(tenantId);
    if (!pending) {
      const loading = this.#load(tenantId).finally(() => {
        if (this.#loading.get(tenantId) === loading) this.#loading.delete(tenantId);
      });
      pending = loading;
      this.#loading.set(tenantId, pending);
    }
    return pending;
  }

  /** Drops the city's entry here and on every other process. */
  async invalidate(tenantId: string): Promise<void> {
    this.#drop(tenantId);
    await this.options.publisher.publish(this.options.channel, tenantId);
  }

  async close(): Promise<void> {
    await this.#subscriber?.unsubscribe(this.options.channel);
  }

  #drop(tenantId: string) {
    this.#epoch++;
    this.#entries.delete(tenantId);
    this.#loading.delete(tenantId);
  }

  async #load(tenantId: string): Promise<ModuleSet> {
    const epoch = this.#epoch;
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
    if (epoch === this.#epoch) this.#entries.set(tenantId, { value, expiresAt: Date.now() + this.options.ttlMs });
    return value;
  }
}
