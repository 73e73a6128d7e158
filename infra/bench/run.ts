import { bundleBench } from './bundle-bench.ts';
import { dbBench } from './db-bench.ts';
import { moduleToggleBench } from './module-toggle-bench.ts';
import { provisionBench } from './provision-bench.ts';
import { openBenchEnv } from './bench-env.ts';
import { pbBench } from './pb-bench.ts';
import { siteBench } from './site-bench.ts';
import { siteScaleBench } from './site-scale-bench.ts';

/**
 * `pnpm bench [site|db|toggle|scale|pb|provision|bundle]...`: each scenario measures Civitas against a baseline taken in
 * the same run on this machine, and prints the ratio next to its goal. With no name, all of them.
 * Ratios matter, not absolute figures: this machine is shared and noisy.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const scenarios = {
  site: siteBench,
  db: dbBench,
  toggle: moduleToggleBench,
  scale: siteScaleBench,
  pb: pbBench,
  provision: provisionBench,
  bundle: bundleBench,
} as const;

const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !(a in scenarios));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}. Choose from: ${Object.keys(scenarios).join(', ')}.`);
  process.exit(2);
}
const env = await openBenchEnv();
try {
  for (const name of (asked.length ? asked : Object.keys(scenarios)) as (keyof typeof scenarios)[]) {
    await scenarios[name](env, SECONDS);
  }
} finally {
  await env.close();
}
