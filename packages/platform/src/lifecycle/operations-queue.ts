import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/** City-wide operator jobs (export, deletion): platform work, so outside the tenant-scoped job kinds. */
export const OPERATIONS_QUEUE = 'platform.operations';

export async function enqueueOperation(connection: Redis, prefix: string, name: 'export' | 'delete', id: string) {
  const queue = new Queue(OPERATIONS_QUEUE, { connection, prefix: `${prefix}:bull` });
  try {
    await queue.add(name, { id }, { jobId: `${name}.${id}`, attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { age: 24 * 3600 } });
  } finally {
    await queue.close();
  }
}
