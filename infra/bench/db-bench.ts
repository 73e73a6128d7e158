import { hashPassword } from '@civitas/auth';
import { createPlatformDatabase } from '@civitas/db';
import { installedModules } from '@civitas/installed-modules';
import { syncCatalogue } from '@civitas/module-host';
import { createStaffAccount, setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import pg from 'pg';
import type { BenchEnv } from './bench-env.ts';
import { createBenchCity } from './bench-city.ts';
import { HostClient } from './host-client.ts';
import { type LoadResult, load } from './load.ts';

const PROJECTS = 50;
const ROUNDS = 3;
const HOST = 'lists.localhost';

/**
 * `pnpm bench db`: the resident list of a participatory-budget campaign of 50 projects, through the
 * module's real route in the whole app, against bare Express + pg running the same statements on
 * connections bound to the same city. Goal ≥ 0.7× req/s. Both servers are driven in turns.
 */
export async function dbBench(env: BenchEnv, seconds: number) {
  const { tenantId, campaignId } = await seed(env);
  const civitas = await env.start('serve-site.ts');
  const admin = new HostClient(civitas.port, HOST);
  await admin.signInStaff('admin@lists.test', 'bench admin password');
  const enabled = await admin.request('POST', '/api/admin/modules/budget/enable', {});
  if (enabled.status !== 200) throw new Error(`enabling the module failed: ${enabled.status} ${JSON.stringify(enabled.body)}`);
  const baseline = await env.start('serve-pg-list.ts', { DATABASE_URL: env.database.urls.app, BENCH_TENANT_ID: tenantId });

  const path = `/api/m/budget/campaigns/${campaignId}/projects`;
  const servers = { 'bare Express + pg': baseline, 'Civitas budget route': civitas };
  type Name = keyof typeof servers;
  const names = Object.keys(servers) as Name[];
  const url = (name: Name) => `http://127.0.0.1:${servers[name].port}${path}`;
  const first = await admin.request('GET', path);
  if (first.status !== 200 || first.body.projects.length !== PROJECTS) throw new Error(`the list answered ${first.status} with ${first.body?.projects?.length} projects`);

  const round = Math.max(1, Math.round(seconds / ROUNDS));
  console.log(`\n== a campaign's ${PROJECTS} projects, ${ROUNDS} rounds of ${round}s each, 50 connections`);
  for (const name of names) await load(url(name), HOST, 2);
  const results = new Map<Name, LoadResult[]>(names.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const name of names) {
      const result = await load(url(name), HOST, round);
      if (result.non2xx || result.errors) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
      results.get(name)!.push(result);
    }
  }
  await Promise.all([civitas.stop(), baseline.stop()]);
  const rps = (name: Name) => results.get(name)!.reduce((sum, r) => sum + r.rps, 0) / ROUNDS;
  const p99 = (name: Name) => Math.max(...results.get(name)!.map((r) => r.p99));
  console.table(Object.fromEntries(names.map((n) => [n, { 'req/s': Math.round(rps(n)), 'p99 ms': p99(n) }])));
  console.log(`ratio (Civitas / bare) req/s: ${(rps('Civitas budget route') / rps('bare Express + pg')).toFixed(2)}×  (goal ≥ 0.70×)`);
}

async function seed(env: BenchEnv) {
  const platform = createPlatformDatabase({ url: env.database.urls.platform });
  const city = await createBenchCity(platform.platformDb, 'lists');
  await syncCatalogue(platform.platformDb, installedModules);
  await shareModuleAsPlatform(platform.platformDb, 'budget', 'bench');
  await setEntitlements(platform.platformDb, city.id, ['budget'], 'bench');
  const passwordHash = await hashPassword('bench admin password');
  await createStaffAccount(platform.platformDb, { tenantId: city.id, email: 'admin@lists.test', displayName: 'Admin', role: 'admin', passwordHash });
  await platform.close();

  const db = new pg.Client({ connectionString: env.database.urls.owner });
  await db.connect();
  try {
    const campaign = await db.query<{ id: string }>(
      `insert into budget_campaigns ("tenantId", title, currency, "votingMethod", "maxPicks", "thresholdPercent", "areaRule", "preModeration", "minimumAge", phase,
         "ideationAt", "reviewAt", "votingAt", "resultsAt", "followUpAt", "updatedAt")
       values ($1, 'Bench campaign', 'EUR', 'knapsack', 5, 70, 'one_area', false, 0, 'voting',
         now() - interval '30 days', now() - interval '20 days', now() - interval '1 day', now() + interval '30 days', now() + interval '60 days', now())
       returning id`,
      [city.id],
    );
    const campaignId = campaign.rows[0]!.id;
    const area = await db.query<{ id: string }>(
      `insert into budget_areas ("tenantId", "campaignId", name, kind, budget, position) values ($1, $2, 'Whole city', 'city', 5000000, 0) returning id`,
      [city.id, campaignId],
    );
    await db.query(
      `insert into budget_projects ("tenantId", "campaignId", "areaId", title, description, address, "estimatedCost", "finalCost", status, feasibility, eligible, "updatedAt")
       select $1, $2, $3, 'Project ' || i, repeat('A bench project that residents read about. ', 6), i || ' Main square', 10000 * i, 10000 * i, 'published', 'feasible', true, now()
       from generate_series(1, $4::int) i`,
      [city.id, campaignId, area.rows[0]!.id, PROJECTS],
    );
    return { tenantId: city.id, campaignId };
  } finally {
    await db.end();
  }
}
