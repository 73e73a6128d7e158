import type pg from 'pg';

/** Every table that holds a city's rows: each one with a "tenantId" column, found in the catalogue. */
export async function tenantTables(client: pg.Pool | pg.PoolClient): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `select table_name from information_schema.columns
     where table_schema = 'public' and column_name = 'tenantId' order by table_name`,
  );
  return rows.map((r) => r.table_name);
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
