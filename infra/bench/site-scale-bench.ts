import { installedModules } from '@civitas/installed-modules';
import pg from 'pg';
import type { BenchEnv } from './bench-env.ts';
import { benchBranding } from './bench-city.ts';
import { HostClient } from './host-client.ts';
import { load } from './load.ts';
import { loadSpread } from './load-spread.ts';

const CITIES = 10_000;

/**
 * GET /api/site spread over 10,000 cities (each with its domain, plan and module set) against the
 * same load on a single city. The per-city caches must keep this flat. Goal ≥ 0.9×.
 */
export async function siteScaleBench(env: BenchEnv, seconds: number) {
  const moduleIds = installedModules.list.map((m) => m.id);
  const db = new pg.Client({ connectionString: env.database.urls.owner });
  await db.connect();
  const started = Date.now();
  await db.query(
    `insert into tenants (slug, name, status, locales, "defaultLocale", "timeZone", branding, "updatedAt")
     select 'scale' || i, 'Scale City ' || i, 'active', '{en,fr}', 'en', 'Europe/Paris', $1::jsonb, now()
     from generate_series(1, $2::int) i`,
    [JSON.stringify(benchBranding), CITIES],
  );
  await db.query(
    `insert into tenant_domains ("tenantId", host, "primary") select id, slug || '.localhost', true from tenants where slug like 'scale%'`,
  );
  await db.query(
    `insert into module_entitlements ("tenantId", "moduleId", "grantedBy")
     select t.id, m, 'bench' from tenants t, unnest($1::text[]) m where t.slug like 'scale%'`,
    [moduleIds],
  );
  // Every other city runs every installed module.
  await db.query(
    `insert into tenant_modules ("tenantId", "moduleId", enabled, version, settings, "updatedAt")
     select t.id, m, true, '0.0.0', '{}'::jsonb, now() from tenants t, unnest($1::text[]) m
     where t.slug like 'scale%' and (substring(t.slug from 6)::int % 2) = 0`,
    [moduleIds],
  );
  await db.end();
  console.log(`\n== GET /api/site: 1 city against ${CITIES.toLocaleString('en')} cities (${moduleIds.length} modules each on every other city; seeded in ${Date.now() - started} ms), ${seconds}s each`);

  const server = await env.start('serve-site.ts', { HOST_CACHE_TTL_MS: '600000' });
  const url = `http://127.0.0.1:${server.port}/api/site`;
  const hosts = Array.from({ length: CITIES }, (_, i) => `scale${i + 1}.localhost`);
  // Warm both: every city's host and module set is looked up once before measuring.
  await load(url, 'scale2.localhost', 2);
  await warmAll(server.port, hosts);
  // The same load generator for both, so its own cost (picking a host per request) cancels out.
  const one = await loadSpread(url, ['scale2.localhost'], seconds);
  const many = await loadSpread(url, hosts, seconds);
  await server.stop();
  if (one.non2xx || many.non2xx) throw new Error('some /api/site answers were not 2xx');
  console.table({
    '1 city': { 'req/s': Math.round(one.rps), 'p99 ms': one.p99 },
    [`${CITIES} cities`]: { 'req/s': Math.round(many.rps), 'p99 ms': many.p99 },
  });
  console.log(`ratio (10,000 cities / 1 city) req/s: ${(many.rps / one.rps).toFixed(2)}×  (goal ≥ 0.90×)`);
}

/** Every city's host and module set looked up once, 20 at a time. */
async function warmAll(port: number, hosts: string[]) {
  let next = 0;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < hosts.length) {
        const client = new HostClient(port, hosts[next++]!);
        const res = await client.request('GET', '/api/site');
        if (res.status !== 200) throw new Error(`warm-up: ${res.status}`);
      }
    }),
  );
}
