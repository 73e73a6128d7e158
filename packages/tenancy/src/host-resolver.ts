import type { Redis } from 'ioredis';
import type { HostLookup } from './resolved-tenant.ts';

interface Entry {
  value: HostLookup;
  expiresAt: number;
}

type InvalidationMessage = { tenantId: string } | { all: true };

/**
 * In-process cache of host → city, in front of a lookup function. Entries expire after `ttlMs`
 * (the backstop) and are dropped at once on every process when any of them publishes an
 * invalidation on the shared Redis channel.
 */
export class HostResolver {
  readonly #entries = new Map<string, Entry>();
  readonly #inflight = new Map<string, Promise<HostLookup>>();
  /** Bumped at each invalidation: a lookup that started before it must not store its (stale) result. */
  #epoch = 0;
  #subscriber: Redis | undefined;

  constructor(
    private readonly lookup: (host: string) => Promise<HostLookup>,
    private readonly options: { ttlMs: number; channel: string; publisher: Redis },
  ) {}

  /** Subscribes to invalidations; resolves once the subscription is live. */
  async listen(subscriber: Redis): Promise<void> {
    this.#subscriber = subscriber;
    subscriber.on('message', (channel, raw) => {
      if (channel === this.options.channel) this.#apply(JSON.parse(raw) as InvalidationMessage);
    });
    await subscriber.subscribe(this.options.channel);
  }

  /** The cached answer for this host, if it is fresh: no promise, no microtask, for the hot path. */
  peek(host: string): HostLookup | undefined {
    const hit = this.#entries.get(host);
    return hit && hit.expiresAt > Date.now() ? hit.value : undefined;
  }

  async resolve(host: string): Promise<HostLookup> {
    const hit = this.peek(host);
    if (hit) return hit;
    // One lookup per host at a time, however many requests arrive together.
    const inflight = this.#inflight.get(host);
    if (inflight) return inflight;
    const epoch = this.#epoch;
    const pending = this.lookup(host).finally(() => {
      if (this.#inflight.get(host) === pending) this.#inflight.delete(host);
    });
    this.#inflight.set(host, pending);
    const value = await pending;
    if (epoch === this.#epoch) this.#entries.set(host, { value, expiresAt: Date.now() + this.options.ttlMs });
    return value;
  }

  /** Drops the city's cached hosts here and on every other process. */
  async invalidateTenant(tenantId: string): Promise<void> {
    const message: InvalidationMessage = { tenantId };
    this.#apply(message);
    await this.options.publisher.publish(this.options.channel, JSON.stringify(message));
  }

  async invalidateAll(): Promise<void> {
    const message: InvalidationMessage = { all: true };
    this.#apply(message);
    await this.options.publisher.publish(this.options.channel, JSON.stringify(message));
  }

  async close(): Promise<void> {
    await this.#subscriber?.unsubscribe(this.options.channel);
  }

  #apply(message: InvalidationMessage): void {
    this.#epoch++;
    this.#inflight.clear();
    if ('all' in message) {
      this.#entries.clear();
      return;
    }
    for (const [host, entry] of this.#entries) {
      // Unknown hosts go too: the change may have added the domain they asked for.
      if (entry.value.kind === 'unknown' || entry.value.tenant.id === message.tenantId) this.#entries.delete(host);
    }
  }
}
