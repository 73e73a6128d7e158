import { runOperationsWorker, runProvisioningWorker } from '@civitas/platform';
import type { Runtime } from '@civitas/runtime';

/** The platform's own queues: provisioning flows, city exports and deletions. */
export function platformWorkers(runtime: Runtime, options: { lockDurationMs?: number } = {}) {
  const prefix = runtime.config.REDIS_PREFIX;
  return [
    runProvisioningWorker({ ...runtime }, { prefix, lockDurationMs: options.lockDurationMs }),
    runOperationsWorker({ platformDb: runtime.platformDb, pool: runtime.platformPool, redis: runtime.redis, prefix, resolver: runtime.resolver }),
  ];
}
