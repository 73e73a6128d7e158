import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { JobDefinition } from './define-job.ts';

/** Producer side: validates the payload and enqueues with the definition's idempotent id. */
export class JobQueues {
  readonly #queues = new Map<string, Queue>();

  constructor(
    private readonly connection: Redis,
    private readonly prefix: string,
  ) {}

  async enqueue<P extends { tenantId: string }>(
    definition: JobDefinition<P>,
    payload: P,
    options: { delayMs?: number } = {},
  ): Promise<string> {
    const data = definition.payload.parse(payload);
    const jobId = definition.jobId(data);
    await this.queue(definition.name).add(definition.name, data, {
      jobId,
      delay: options.delayMs,
      attempts: definition.attempts ?? 5,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
    return jobId;
  }

  queue(name: string): Queue {
    let queue = this.#queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: `${this.prefix}:bull` });
      this.#queues.set(name, queue);
    }
    return queue;
  }

  /** The queues of these names, opened now if this process has not enqueued on them yet (metrics, dashboard). */
  queuesFor(names: readonly string[]): Queue[] {
    return [...new Set(names)].map((name) => this.queue(name));
  }

  async close(): Promise<void> {
    await Promise.all([...this.#queues.values()].map((q) => q.close()));
  }
}
