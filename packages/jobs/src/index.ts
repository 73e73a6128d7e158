export { defineJob, tenantPayload, type JobDefinition } from './define-job.ts';
export { JobQueues } from './job-queues.ts';
export { runWorkers, closeWorkers, handler, type JobHandler } from './run-workers.ts';
export { readRedisDurability, redisDurabilityWarnings, type RedisDurability } from './redis-durability.ts';
export { redisForWaiting } from './redis-for-waiting.ts';
