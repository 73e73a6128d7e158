import { createApp } from '@civitas/api';
import { installedModules } from '@civitas/installed-modules';
import { syncCatalogue } from '@civitas/module-host';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { openRuntime } from '@civitas/runtime';
import supertest from 'supertest';
import { testConfig } from './test-config.ts';

/** The real HTTP app over real PostgreSQL and Redis, for one test file. */
export async function openTestApp(overrides: Record<string, string> = {}, registry: ModuleRegistry = installedModules) {
  const runtime = await openRuntime(testConfig(overrides), { name: 'test', registry });
  await syncCatalogue(runtime.platformDb, registry);
  const app = createApp({ ...runtime, webDistDir: '/nonexistent' });
  return {
    runtime,
    app,
    /** A cookie-keeping client that sends every request with the given Host header. */
    client: (host: string) => withHost(supertest.agent(app), host),
    close: () => runtime.close(),
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
    delete: (path: string) => h(agent.delete(path)),
    /** Fetches a CSRF token for the current session. */
    async csrf() {
      const res = await h(agent.get('/api/session'));
      return res.body.csrfToken as string;
    },
  };
}
