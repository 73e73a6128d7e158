import { performance } from 'node:perf_hooks';
import { hashPassword } from '@civitas/auth';
import { createPlatformDatabase } from '@civitas/db';
import { installedModules } from '@civitas/installed-modules';
import { syncCatalogue } from '@civitas/module-host';
import { createOperator } from '@civitas/platform';
import type { BenchEnv } from './bench-env.ts';
import { HostClient } from './host-client.ts';
import { loadSpread } from './load-spread.ts';
import { percentile } from './percentile.ts';

const TIMED = 20;
const TOTAL = 100;

/**
 * From an operator's request to the new city answering on its own host, through the real API,
 * worker and provisioning flow: p50 and p95 over 20 cities (goal p50 < 2 s). Then, with 100
 * provisioned cities, GET /api/site on the first one against the same request with one city.
 */
export async function provisionBench(env: BenchEnv, seconds: number) {
  const platform = createPlatformDatabase({ url: env.database.urls.platform });
  await syncCatalogue(platform.platformDb, installedModules);
  await createOperator(platform.platformDb, { email: 'bench@operator.test', displayName: 'Bench', passwordHash: await hashPassword('bench operator password') });
  await platform.close();
  const api = await env.start('serve-site.ts');
  const worker = await env.start('serve-worker.ts');
  const operator = new HostClient(api.port, 'console.localhost');
  await operator.signInOperator('bench@operator.test', 'bench operator password');
  const modules = installedModules.list.map((m) => m.id);

  const provision = async (i: number) => {
    const slug = `bench-city-${i}`;
    const started = performance.now();
    const res = await operator.request('POST', '/api/console/cities', {
      name: `Bench City ${i}`, slug, domains: [], locales: ['en', 'fr'], defaultLocale: 'en', timeZone: 'Europe/Paris',
      adminEmail: `admin@${slug}.test`, modules, copyFrom: null,
    });
    if (res.status !== 202) throw new Error(`provisioning ${slug}: ${res.status} ${JSON.stringify(res.body)}`);
    const city = new HostClient(api.port, `${slug}.localhost`);
    while ((await city.request('GET', '/api/site')).status !== 200) {
      if (performance.now() - started > 30_000) throw new Error(`${slug} never answered`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return performance.now() - started;
  };

  console.log(`\n== provisioning: request → the new city answers on its host, ${TIMED} cities one after another`);
  const times: number[] = [];
  for (let i = 1; i <= TIMED; i++) times.push(await provision(i));
  console.table({ 'request → city answers': { 'p50 ms': Math.round(percentile(times, 50)), 'p95 ms': Math.round(percentile(times, 95)), 'max ms': Math.round(Math.max(...times)) } });
  console.log(`p50 ${(percentile(times, 50) / 1000).toFixed(2)} s  (goal < 2 s)`);

  const url = `http://127.0.0.1:${api.port}/api/site`;
  const one = await loadSpread(url, ['bench-city-1.localhost'], seconds);
  for (let i = TIMED + 1; i <= TOTAL; i += 10) {
    await Promise.all(Array.from({ length: Math.min(10, TOTAL - i + 1) }, (_, k) => provision(i + k)));
  }
  const many = await loadSpread(url, ['bench-city-1.localhost'], seconds);
  await Promise.all([api.stop(), worker.stop()]);
  console.table({
    [`${TIMED} cities`]: { 'req/s': Math.round(one.rps), 'p99 ms': one.p99 },
    [`${TOTAL} cities`]: { 'req/s': Math.round(many.rps), 'p99 ms': many.p99 },
  });
  console.log(`ratio GET /api/site with ${TOTAL} cities / with ${TIMED}: ${(many.rps / one.rps).toFixed(2)}×  (100 cities must not slow it)`);
}
