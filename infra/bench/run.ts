import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '@civitas/auth';
import { createAppDatabase, withTenant } from '@civitas/db';
import { createPlatformDatabase } from '@civitas/db';
import { createResidentAccount, createTenant } from '@civitas/platform';
import { createTestDatabase } from '@civitas/testing';
import pg from 'pg';
import { load } from './load.ts';

/**
 * `pnpm bench`: measures, in one run on this machine,
 *  1. GET /api/site on a city host through the whole Civitas app against a bare Express baseline;
 *  2. a tenant-scoped Prisma read against the same SQL through plain pg (and, for the record,
 *     the per-query-transaction way of binding the tenant that Civitas does not use).
 * Ratios matter, not absolute figures: this machine is shared and noisy.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

const database = await createTestDatabase();
const env = {
  ...process.env,
  NODE_ENV: 'test',
  DATABASE_URL: database.urls.app,
  PLATFORM_DATABASE_URL: database.urls.platform,
  REDIS_PREFIX: `civitas-bench-${process.pid}`,
  LOG_LEVEL: 'warn',
};
const children: ChildProcess[] = [];
try {
  const platform = createPlatformDatabase({ url: database.urls.platform });
  const tenant = await createTenant(platform.platformDb, {
    slug: 'bench',
    name: 'Bench City',
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    timeZone: 'Europe/Paris',
    branding: { colors: { primary: '#0b3d91', onPrimary: '#ffffff', background: '#ffffff', text: '#1a1a1a' }, logoUrl: null, fontFamily: 'system' },
    hosts: ['bench.localhost'],
  });
  const passwordHash = await hashPassword('bench password');
  for (let i = 0; i < 200; i++) {
    await createResidentAccount(platform.platformDb, { tenantId: tenant.id, email: `r${i}@bench.test`, displayName: `R${i}`, passwordHash });
  }
  await platform.close();

  console.log(`\n== GET /api/site, ${SECONDS}s each, 50 connections`);
  const start = async (file: string) => {
    const child = fork(here(file), { env, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(child);
    const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', (m) => resolve(m as { port: number })));
    return { child, port };
  };
  const baselineServer = await start('serve-hello.ts');
  await load(`http://127.0.0.1:${baselineServer.port}/api/site`, 'bench.localhost', 2);
  const baseline = await load(`http://127.0.0.1:${baselineServer.port}/api/site`, 'bench.localhost', SECONDS);
  baselineServer.child.kill('SIGTERM');
  const siteServer = await start('serve-site.ts');
  await load(`http://127.0.0.1:${siteServer.port}/api/site`, 'bench.localhost', 2);
  const site = await load(`http://127.0.0.1:${siteServer.port}/api/site`, 'bench.localhost', SECONDS);
  siteServer.child.kill('SIGTERM');
  if (site.non2xx || site.errors) throw new Error(`GET /api/site answered ${site.non2xx} non-2xx and ${site.errors} errors`);
  console.table({
    'bare Express': { 'req/s': Math.round(baseline.rps), 'p99 ms': baseline.p99 },
    'Civitas /api/site': { 'req/s': Math.round(site.rps), 'p99 ms': site.p99 },
  });
  console.log(`ratio (Civitas / bare) req/s: ${(site.rps / baseline.rps).toFixed(2)}×  (goal ≥ 0.80×)`);

  console.log(`\n== one resident by email, ${SECONDS}s each, 16 concurrent callers, pool of 10`);
  const sql = 'select "tenantId", id, email, "displayName" from residents where "tenantId" = $1 and email = $2 limit 1';
  // Plain pg with the tenant fixed for the connection's life: the cheapest possible way to read under RLS.
  const plain = new pg.Pool({ connectionString: database.urls.app, max: 10, options: `-c app.tenant_id=${tenant.id}` });
  const app = createAppDatabase({ url: database.urls.app, max: 10 });
  await app.warmUp();
  const email = (i: number) => `r${i % 200}@bench.test`;
  const plainRate = await rate(SECONDS, (i) => plain.query(sql, [tenant.id, email(i)]));
  const prismaRate = await rate(SECONDS, (i) =>
    withTenant(tenant.id, () => app.db.resident.findFirst({ where: { tenantId: tenant.id, email: email(i) } })),
  );
  const perQueryTx = new pg.Pool({ connectionString: database.urls.app, max: 10 });
  const txRate = await rate(SECONDS, async (i) => {
    const c = await perQueryTx.connect();
    try {
      await c.query('begin');
      await c.query("select set_config('app.tenant_id', $1, true)", [tenant.id]);
      await c.query(sql, [tenant.id, email(i)]);
      await c.query('commit');
    } finally {
      c.release();
    }
  });
  console.table({
    'plain pg': { 'reads/s': Math.round(plainRate) },
    'Civitas Prisma, tenant-scoped': { 'reads/s': Math.round(prismaRate) },
    'pg, transaction per query (not used)': { 'reads/s': Math.round(txRate) },
  });
  console.log(`ratio (Civitas Prisma / plain pg): ${(prismaRate / plainRate).toFixed(2)}×  (goal ≥ 0.70×)`);
  await Promise.all([plain.end(), perQueryTx.end(), app.close()]);
} finally {
  for (const c of children) c.kill('SIGTERM');
  await database.drop();
}

/** Operations per second with 16 callers in a loop, after a one-second warm-up. */
async function rate(seconds: number, op: (i: number) => Promise<unknown>) {
  const run = async (ms: number) => {
    let done = 0;
    const until = Date.now() + ms;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (Date.now() < until) await op(done++);
      }),
    );
    return done / (ms / 1000);
  };
  await run(1000);
  return run(seconds * 1000);
}
