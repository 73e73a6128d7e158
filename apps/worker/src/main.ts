import { loadConfigOrExit } from '@civitas/config';
import { closeWorkers, runWorkers } from '@civitas/jobs';
import { installedModules } from '@civitas/installed-modules';
import { enqueueSweeps } from '@civitas/module-host';
import { openRuntime } from '@civitas/runtime';
import { jobHandlers } from './handlers.ts';
import { platformWorkers } from './platform-workers.ts';

const config = loadConfigOrExit();

const runtime = await openRuntime(config, { name: 'worker', registry: installedModules });
const jobs = jobHandlers(runtime);
const workers = [...runWorkers(jobs.handlers, { connection: runtime.redis, prefix: config.REDIS_PREFIX }), ...platformWorkers(runtime, { lockDurationMs: config.PROVISIONING_LOCK_MS })];
for (const worker of workers) {
  worker.on('failed', (job, err) => runtime.logger.warn({ job: job?.id, queue: worker.name, err }, 'job failed'));
}
runtime.logger.info({ queues: workers.map((w) => w.name) }, 'Civitas worker running');

// The sweeps' clock lives in this process, not in Redis: a Redis restart cannot lose it.
const sweep = () =>
  enqueueSweeps(runtime, Date.now(), config.SWEEP_INTERVAL_MS).catch((err) => runtime.logger.warn({ err }, 'could not enqueue the sweeps'));
void sweep();
const sweeps = setInterval(sweep, config.SWEEP_INTERVAL_MS);

// Graceful stop: jobs in progress finish, then connections close.
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    runtime.logger.info({ signal }, 'stopping: finishing jobs in progress');
    setTimeout(() => process.exit(1), 30_000).unref();
    clearInterval(sweeps);
    await closeWorkers(workers);
    await jobs.close();
    await runtime.close();
    process.exit(0);
  });
}
