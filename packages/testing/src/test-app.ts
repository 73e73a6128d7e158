import { createApp } from '@civitas/api';
import { installedModules } from '@civitas/installed-modules';
import { syncCatalogue } from '@civitas/module-host';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { closeWorkers, runWorkers } from '@civitas/jobs';
import { openRuntime } from '@civitas/runtime';
import { jobHandlers, platformWorkers } from '@civitas/worker';
import { startTestSmtp } from './test-smtp.ts';
import supertest from 'supertest';
import { testConfig } from './test-config.ts';

/** The real HTTP app over real PostgreSQL and Redis, for one test file. */
export async function openTestApp(overrides: Record<string, string> = {}, registry: ModuleRegistry = installedModules) {
  const smtp = await startTestSmtp();
  const runtime = await openRuntime(testConfig({ SMTP_URL: smtp.url, ...overrides }), { name: 'test', registry });
  await syncCatalogue(runtime.platformDb, registry);
  const app = createApp({ ...runtime, webDistDir: '/nonexistent' });
  let worker: { stop: () => Promise<void> } | undefined;
  return {
    runtime,
    app,
    /** Every email the platform sent during this test file, as received by a real SMTP server. */
    smtp,
    /** A cookie-keeping client that sends every request with the given Host header. */
    client: (host: string) => withHost(supertest.agent(app), host),
    /** Runs the real worker (every job kind) against this app's queues, until close. */
    startWorker() {
      if (worker) return;
      const jobs = jobHandlers(runtime);
      const workers = [
        ...runWorkers(jobs.handlers, { connection: runtime.redis, prefix: runtime.config.REDIS_PREFIX }),
        ...platformWorkers(runtime, { lockDurationMs: runtime.config.PROVISIONING_LOCK_MS }),
      ];
      worker = {
        stop: async () => {
          await closeWorkers(workers);
          jobs.close();
        },
      };
    },
    async close() {
      await worker?.stop();
      await runtime.close();
      await smtp.close();
    },
  };
}

const withCsrf = (t: supertest.Test, csrf?: string) => (csrf ? t.set('x-csrf-token', csrf) : t);

function withHost(agent: supertest.Agent, host: string) {
  const h = (t: supertest.Test) => t.set('Host', host);
  return {
    agent,
    get: (path: string) => h(agent.get(path)),
    /** Pass the CSRF token as an argument: the agent attaches cookies when a request is created, so fetch it first. */
    post: (path: string, csrf?: string) => withCsrf(h(agent.post(path)), csrf),
    put: (path: string, csrf?: string) => withCsrf(h(agent.put(path)), csrf),
    patch: (path: string, csrf?: string) => withCsrf(h(agent.patch(path)), csrf),
    delete: (path: string, csrf?: string) => withCsrf(h(agent.delete(path)), csrf),
    /** Fetches a CSRF token for the current session. */
    async csrf() {
      const res = await h(agent.get('/api/session'));
      return res.body.csrfToken as string;
    },
  };
}
