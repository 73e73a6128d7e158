import { hashPassword } from '@civitas/auth';
import { createAppDatabase, createPlatformDatabase, withTenant } from '@civitas/db';
import { createResidentAccount } from '@civitas/platform';
import pg from 'pg';
import type { BenchEnv } from './bench-env.ts';
import { createBenchCity } from './bench-city.ts';
import { rate } from './rate.ts';

/** A tenant-scoped Prisma read against the same SQL through plain pg. Goal ≥ 0.7×. */
export async function dbBench(env: BenchEnv, seconds: number) {
  const urls = env.database.urls;
  const platform = createPlatformDatabase({ url: urls.platform });
  const tenant = await createBenchCity(platform.platformDb, 'reads');
  const passwordHash = await hashPassword('bench password');
  for (let i = 0; i < 200; i++) {
    await createResidentAccount(platform.platformDb, { tenantId: tenant.id, email: `r${i}@bench.test`, displayName: `R${i}`, passwordHash });
  }
  await platform.close();

  console.log(`\n== one resident by email, ${seconds}s each, 16 concurrent callers, pool of 10`);
  const sql = 'select "tenantId", id, email, "displayName" from residents where "tenantId" = $1 and email = $2 limit 1';
  // Plain pg with the tenant fixed for the connection's life: the cheapest possible way to read under RLS.
  const plain = new pg.Pool({ connectionString: urls.app, max: 10, options: `-c app.tenant_id=${tenant.id}` });
  const app = createAppDatabase({ url: urls.app, max: 10 });
  await app.warmUp();
  const email = (i: number) => `r${i % 200}@bench.test`;
  const plainRate = await rate(seconds, (i) => plain.query(sql, [tenant.id, email(i)]));
  const prismaRate = await rate(seconds, (i) =>
    withTenant(tenant.id, () => app.db.resident.findFirst({ where: { tenantId: tenant.id, email: email(i) } })),
  );
  const perQueryTx = new pg.Pool({ connectionString: urls.app, max: 10 });
  const txRate = await rate(seconds, async (i) => {
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
}
