import { createPlatformDatabase } from '@civitas/db';
import type { BenchEnv } from './bench-env.ts';
import { createBenchCity } from './bench-city.ts';
import { load } from './load.ts';

/** GET /api/site through the whole Civitas app against a bare Express baseline. Goal ≥ 0.8×. */
export async function siteBench(env: BenchEnv, seconds: number) {
  const platform = createPlatformDatabase({ url: env.database.urls.platform });
  await createBenchCity(platform.platformDb);
  await platform.close();
  console.log(`\n== GET /api/site, ${seconds}s each, 50 connections`);
  const measure = async (file: string) => {
    const server = await env.start(file);
    const url = `http://127.0.0.1:${server.port}/api/site`;
    await load(url, 'bench.localhost', 2);
    const result = await load(url, 'bench.localhost', seconds);
    await server.stop();
    if (result.non2xx || result.errors) throw new Error(`${file}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    return result;
  };
  const baseline = await measure('serve-hello.ts');
  const site = await measure('serve-site.ts');
  console.table({
    'bare Express': { 'req/s': Math.round(baseline.rps), 'p99 ms': baseline.p99 },
    'Civitas /api/site': { 'req/s': Math.round(site.rps), 'p99 ms': site.p99 },
  });
  console.log(`ratio (Civitas / bare) req/s: ${(site.rps / baseline.rps).toFixed(2)}×  (goal ≥ 0.80×)`);
}
