import { createPlatformDatabase } from '@civitas/db';
import type { BenchEnv } from './bench-env.ts';
import { createBenchCity } from './bench-city.ts';
import { type LoadResult, load } from './load.ts';

const ROUNDS = 3;

/**
 * GET /api/site through the whole Civitas app against a bare Express baseline (goal ≥ 0.8× req/s,
 * p99 ≤ 2×), and what the security headers cost: helmet per request against the same headers
 * computed once (Civitas keeps per-request helmet only if it is within 2 % of that).
 *
 * All servers run at once and are driven in turns, round after round (A B C D, A B C D, ...):
 * this machine's load drifts over tens of seconds, and taking turns spreads the drift over every
 * server instead of charging it to whichever ran during a busy spell.
 */
export async function siteBench(env: BenchEnv, seconds: number) {
  const platform = createPlatformDatabase({ url: env.database.urls.platform });
  await createBenchCity(platform.platformDb);
  await platform.close();
  const round = Math.max(1, Math.round(seconds / ROUNDS));
  console.log(`\n== GET /api/site, ${ROUNDS} rounds of ${round}s each, 50 connections`);
  const contenders = {
    'bare Express': await env.start('serve-hello.ts'),
    'Civitas /api/site': await env.start('serve-site.ts'),
    'bare + helmet per request': await env.start('serve-hello.ts', { HELLO_HEADERS: 'helmet' }),
    'bare + headers computed once': await env.start('serve-hello.ts', { HELLO_HEADERS: 'precomputed' }),
  };
  type Name = keyof typeof contenders;
  const names = Object.keys(contenders) as Name[];
  const url = (name: Name) => `http://127.0.0.1:${contenders[name].port}/api/site`;
  for (const name of names) await load(url(name), 'bench.localhost', 2);
  const results = new Map<Name, LoadResult[]>(names.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of names) {
      const result = await load(url(name), 'bench.localhost', round);
      if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
      results.get(name)!.push(result);
    }
  }
  await Promise.all(names.map((n) => contenders[n].stop()));

  const summary = (name: Name) => {
    const rounds = results.get(name)!;
    return {
      rps: rounds.reduce((sum, r) => sum + r.rps, 0) / rounds.length,
      // The worst round's p99: a tail that shows up once is still a tail.
      p99: Math.max(...rounds.map((r) => r.p99)),
    };
  };
  const table = Object.fromEntries(names.map((n) => [n, summary(n)]));
  console.table(Object.fromEntries(names.map((n) => [n, { 'req/s': Math.round(table[n]!.rps), 'p99 ms': table[n]!.p99 }])));
  const bare = table['bare Express']!;
  const site = table['Civitas /api/site']!;
  console.log(
    `ratio (Civitas / bare) req/s: ${(site.rps / bare.rps).toFixed(2)}×  (goal ≥ 0.80×); ` +
      `p99: ${(site.p99 / Math.max(bare.p99, 1)).toFixed(2)}×  (goal ≤ 2×)`,
  );
  const helmet = table['bare + helmet per request']!;
  const precomputed = table['bare + headers computed once']!;
  console.log(`helmet per request / headers computed once, req/s: ${(helmet.rps / precomputed.rps).toFixed(2)}×`);
}
