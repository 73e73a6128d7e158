import type { Queue } from 'bullmq';
import { Counter, Gauge, type Registry } from 'prom-client';

export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** A scrape must answer even when Redis does not: past this, the queue series are left out. */
const COLLECT_TIMEOUT_MS = 2_000;

interface QueueReading {
  queue: string;
  counts?: Record<string, number>;
  failures?: number;
}

/**
 * Queue depth and failures, read from Redis at scrape time. Every API process reads the same
 * numbers from the same Redis, so they are right whichever process Prometheus scrapes and after
 * any restart; aggregate them across instances with max(), not sum().
 *
 * Failures come from BullMQ's own counter (the `failed` metric of `Queue.getMetrics`), which the
 * finishing script increments atomically in Redis when a job fails for good (retries left do not
 * count). It counts only on workers created with the `metrics` option. A QueueEvents listener
 * was not chosen: each API process would hold a blocking connection per queue, count every
 * failure once per process, and miss the failures that happen while it is down.
 */
export function queueMetrics(registry: Registry, queues: () => readonly Queue[]): void {
  const errors = new Counter({
    name: 'civitas_queue_collect_errors_total',
    help: 'Scrapes in which a queue could not be read from Redis (its series are missing from that scrape).',
    labelNames: ['queue'] as const,
    registers: [registry],
    // Ordered after the reading it counts, so a miss shows in the same scrape.
    async collect() {
      await reading();
    },
  });

  const readQueue = async (queue: Queue): Promise<QueueReading> => {
    const [counts, metrics] = await Promise.allSettled([
      withTimeout(queue.getJobCounts(...QUEUE_STATES), COLLECT_TIMEOUT_MS),
      withTimeout(queue.getMetrics('failed', 0, 0), COLLECT_TIMEOUT_MS),
    ]);
    if (counts.status === 'rejected' || metrics.status === 'rejected') errors.inc({ queue: queue.name });
    return {
      queue: queue.name,
      counts: counts.status === 'fulfilled' ? counts.value : undefined,
      failures: metrics.status === 'fulfilled' ? metrics.value.meta.count : undefined,
    };
  };
  // One read of Redis per scrape, shared by the metrics below: prom-client collects them together.
  let pending: Promise<QueueReading[]> | undefined;
  const reading = () => (pending ??= Promise.all(queues().map(readQueue)).finally(() => (pending = undefined)));

  new Gauge({
    name: 'civitas_queue_jobs',
    help: 'Jobs in each BullMQ queue by state, read at scrape time.',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      const readings = await reading();
      this.reset();
      for (const { queue, counts } of readings) {
        if (counts) for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
      }
    },
  });

  new Counter({
    name: 'civitas_queue_failures_total',
    help: 'Jobs that failed for good (no attempts left), per queue, as counted by BullMQ in Redis.',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      const readings = await reading();
      this.reset();
      for (const { queue, failures } of readings) {
        if (failures !== undefined) this.inc({ queue }, failures);
      }
    },
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
