import { createPlatformDatabase } from '@civitas/db';
import type { BenchEnv } from './bench-env.ts';
import { createBenchCity } from './bench-city.ts';
import { load } from './load.ts';

/**
 * GET /api/site through the whole Civitas app against a bare Express baseline (goal ≥ 0.8× req/s,
 * p99 ≤ 2×), and what the security headers cost: helmet per request against the same headers
 * computed once (Civitas keeps per-request helmet only if it is within 2 % of that).
 */
export async function siteBench(env: BenchEnv, seconds: number) {
  const platform = createPlatformDatabase({ url: env.database.urls.platform });
  await createBenchCity(platform.platformDb);
  await platform.close();
  console.log(`\n== GET /api/site, ${seconds}s each, 50 connections`);
  const measure = async (file: string, extraEnv: Record<string, string> = {}) => {
    const server = await env.start(file, extraEnv);
    const url = `http://127.0.0.1:${server.port}/api/site`;
    await load(url, 'bench.localhost', 2);
    const result = await load(url, 'bench.localhost', seconds);
    await server.stop();
    if (result.non2xx || result.errors) throw new Error(`${file}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    return result;
  };
  const baseline = await measure('serve-hello.ts');
  const site = await measure('serve-site.ts');
  const withHelmet = await measure('serve-hello.ts', { HELLO_HEADERS: 'helmet' });
  const precomputed = await measure('serve-hello.ts', { HELLO_HEADERS: 'precomputed' });
  const row = (r: typeof baseline) => ({ 'req/s': Math.round(r.rps), 'p99 ms': r.p99 });
  console.table({
    'bare Express': row(baseline),
    'Civitas /api/site': row(site),
    'bare + helmet per request': row(withHelmet),
    'bare + headers computed once': row(precomputed),
  });
  console.log(
    `ratio (Civitas / bare) req/s: ${(site.rps / baseline.rps).toFixed(2)}×  (goal ≥ 0.80×); ` +
      `p99: ${(site.p99 / Math.max(baseline.p99, 1)).toFixed(2)}×  (goal ≤ 2×)`,
  );
  console.log(`helmet per request / headers computed once, req/s: ${(withHelmet.rps / precomputed.rps).toFixed(2)}×`);
}
