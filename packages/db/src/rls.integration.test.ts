import { createAppDatabase, createPlatformDatabase, withTenant } from '@civitas/db';
import { makeResident, makeTenant } from '@civitas/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

const urls = inject('databaseUrls');
const app = createAppDatabase({ url: urls.app, max: 4 });
const platform = createPlatformDatabase({ url: urls.platform });
let a: Awaited<ReturnType<typeof makeTenant>>;
let b: Awaited<ReturnType<typeof makeTenant>>;
let residentA: Awaited<ReturnType<typeof makeResident>>;
let residentB: Awaited<ReturnType<typeof makeResident>>;

beforeAll(async () => {
  await app.warmUp();
  a = await makeTenant(platform.platformDb);
  b = await makeTenant(platform.platformDb);
  residentA = await makeResident(platform.platformDb, a.id);
  residentB = await makeResident(platform.platformDb, b.id);
});

afterAll(async () => {
  await app.close();
  await platform.close();
});

describe('row-level security as the application role', () => {
  it('shows a city only its own rows, even when the query asks for another city', async () => {
    const rows = await withTenant(a.id, () => app.db.resident.findMany({ where: { tenantId: { in: [a.id, b.id] } } }));
    expect(rows.map((r) => r.id)).toEqual([residentA.id]);
    const theirs = await withTenant(a.id, () => app.db.resident.findFirst({ where: { id: residentB.id } }));
    expect(theirs).toBeNull();
  });

  it('refuses a write carrying another city’s id', async () => {
    await expect(
      withTenant(a.id, () =>
        app.db.resident.create({ data: { tenantId: b.id, email: 'intruder@example.test', displayName: 'x', passwordHash: 'x' } }),
      ),
    ).rejects.toThrow();
    const leaked = await platform.platformDb.resident.findFirst({ where: { tenantId: b.id, email: 'intruder@example.test' } });
    expect(leaked).toBeNull();
  });

  it('cannot move a row into another city by update', async () => {
    const moved = await withTenant(a.id, () =>
      app.db.resident.updateMany({ where: { id: residentB.id }, data: { displayName: 'hijacked' } }),
    );
    expect(moved.count).toBe(0);
    await expect(
      withTenant(a.id, () => app.db.resident.updateMany({ where: { id: residentA.id }, data: { tenantId: b.id } })),
    ).rejects.toThrow();
  });

  it('returns no tenant-owned rows when no tenant is set', async () => {
    // Warm the pool under a tenant first, so a connection that carried one is reused without it.
    await withTenant(a.id, () => app.db.resident.count({ where: { tenantId: a.id } }));
    expect(await app.db.resident.count({ where: { tenantId: a.id } })).toBe(0);
    expect(await app.db.tenant.count({ where: { slug: a.slug } })).toBe(0);
  });

  it('keeps each request’s tenant under concurrency on a small pool', async () => {
    const reads = Array.from({ length: 60 }, (_, i) => {
      const t = i % 2 === 0 ? a : b;
      return withTenant(t.id, async () => {
        const rows = await app.db.resident.findMany({ where: { tenantId: { in: [a.id, b.id] } }, select: { tenantId: true } });
        return { wanted: t.id, seen: [...new Set(rows.map((r) => r.tenantId))] };
      });
    });
    for (const r of await Promise.all(reads)) expect(r.seen).toEqual([r.wanted]);
  });

  it('binds the tenant inside interactive transactions too', async () => {
    const seen = await withTenant(b.id, () =>
      app.db.$transaction(async (tx) => tx.resident.findMany({ where: { tenantId: { in: [a.id, b.id] } } })),
    );
    expect(seen.map((r) => r.id)).toEqual([residentB.id]);
  });

  it('never lets the app role rewrite the audit log', async () => {
    await withTenant(a.id, () =>
      app.db.auditEvent.create({
        data: { tenantId: a.id, actorType: 'system', actorLabel: 'test', action: 'test.event', targetType: 'test' },
      }),
    );
    await expect(
      withTenant(a.id, () => app.db.auditEvent.updateMany({ where: { tenantId: a.id }, data: { action: 'rewritten' } })),
    ).rejects.toThrow();
    await expect(withTenant(a.id, () => app.db.auditEvent.deleteMany({ where: { tenantId: a.id } }))).rejects.toThrow();
  });
});

describe('database catalogue', () => {
  const catalog = async <T>(sql: string) => {
    const client = new pg.Client({ connectionString: urls.owner });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };

  it('protects every table with a tenantId column by forced RLS and a policy using the tenant setting', async () => {
    const rows = await catalog<{ table: string; enabled: boolean; forced: boolean; policies: number; uses_setting: boolean }>(`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies,
             coalesce((select bool_and(p.qual like '%civitas_current_tenant()%' and p.with_check like '%civitas_current_tenant()%')
                       from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname), false) as uses_setting
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (exists (select 1 from information_schema.columns col
                     where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenantId')
             or c.relname = 'tenants')`);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const unprotected = rows.filter((r) => !r.enabled || !r.forced || r.policies === 0 || !r.uses_setting).map((r) => r.table);
    expect(unprotected).toEqual([]);
  });

  it('puts tenantId first in every key and index of tenant-owned tables', async () => {
    const rows = await catalog<{ index: string; first: string }>(`
      select i.relname as index, a.attname as first
      from pg_index x
      join pg_class t on t.oid = x.indrelid join pg_namespace n on n.oid = t.relnamespace
      join pg_class i on i.oid = x.indexrelid
      join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
      where n.nspname = 'public'
        and exists (select 1 from information_schema.columns col
                    where col.table_schema = 'public' and col.table_name = t.relname and col.column_name = 'tenantId')`);
    // A host name is unique across the platform, so that one key cannot lead with the city.
    const offenders = rows.filter((r) => r.first !== 'tenantId' && r.index !== 'tenant_domains_host_key');
    expect(offenders).toEqual([]);
  });

  it('gives the application role no table ownership and no way around RLS', async () => {
    const [role] = await catalog<{ rolbypassrls: boolean; rolsuper: boolean }>(
      `select rolbypassrls, rolsuper from pg_roles where rolname = 'civitas_app'`,
    );
    expect(role).toEqual({ rolbypassrls: false, rolsuper: false });
    const owned = await catalog<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = 'public' and tableowner = 'civitas_app'`,
    );
    expect(owned).toEqual([]);
  });

  it('keeps the operator tables out of the application role’s reach', async () => {
    await expect(app.db.operator.findFirst({ where: { email: 'x' } })).rejects.toThrow(/permission denied/i);
  });
});
