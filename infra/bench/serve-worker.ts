import { loadConfig } from '@civitas/config';
import { installedModules } from '@civitas/installed-modules';
import { closeWorkers, runWorkers } from '@civitas/jobs';
import { openRuntime } from '@civitas/runtime';
import { jobHandlers, platformWorkers } from '@civitas/worker';

// The real worker (every job kind, provisioning included), reporting when it is ready.
const runtime = await openRuntime(loadConfig(), { name: 'bench-worker', registry: installedModules });
const jobs = jobHandlers(runtime);
const workers = [...runWorkers(jobs.handlers, { connection: runtime.redis, prefix: runtime.config.REDIS_PREFIX }), ...platformWorkers(runtime)];
await Promise.all(workers.map((w) => w.waitUntilReady()));
process.send?.({ port: 0 });
process.on('SIGTERM', async () => {
  await closeWorkers(workers);
  jobs.close();
  await runtime.close();
  process.exit(0);
});
