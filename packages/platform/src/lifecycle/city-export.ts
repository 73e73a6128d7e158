import { recordOperatorAudit } from '@civitas/audit';
import type { PlatformClient } from '@civitas/db';
import { HttpError } from '@civitas/http';
import { strToU8, zipSync } from 'fflate';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import { enqueueOperation } from './operations-queue.ts';
import { quoteIdent, tenantTables } from './tenant-tables.ts';

type Operator = { id: string | null; email: string };

export async function startCityExport(deps: { platformDb: PlatformClient; redis: Redis; prefix: string }, tenantId: string, operator: Operator) {
  const city = await deps.platformDb.tenant.findFirst({ where: { id: tenantId } });
  if (!city) throw new HttpError(404, 'not_found', 'This city was not found.');
  const running = await deps.platformDb.cityExport.findFirst({ where: { subjectTenantId: tenantId, status: 'running' } });
  if (running) return running;
  const created = await deps.platformDb.cityExport.create({ data: { subjectTenantId: tenantId, slug: city.slug, createdBy: operator.email } });
  await recordOperatorAudit(deps.platformDb, { operatorId: operator.id, actorLabel: operator.email, action: 'city.export_requested', subjectTenantId: tenantId });
  await enqueueOperation(deps.redis, deps.prefix, 'export', created.id);
  return created;
}

/** JSON can't carry bytes: binary columns become base64 strings. */
const plain = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? { base64: v.toString('base64') } : v]));

/**
 * Writes every row the city owns — its own record, its domains and each table with a tenantId —
 * as one JSON file per table, with a manifest and a README, into a zip. Progress is kept per table.
 */
export async function runCityExport(deps: { platformDb: PlatformClient; pool: pg.Pool }, exportId: string) {
  const job = await deps.platformDb.cityExport.findFirst({ where: { id: exportId } });
  if (!job || job.status !== 'running') return;
  const tenantId = job.subjectTenantId;
  const city = await deps.pool.query('select * from tenants where id = $1', [tenantId]);
  if (!city.rows[0]) {
    await deps.platformDb.cityExport.update({ where: { id: exportId }, data: { status: 'failed', error: 'The city no longer exists.', finishedAt: new Date() } });
    return;
  }
  const tables = await tenantTables(deps.pool);
  const files: Record<string, Uint8Array> = {};
  const manifest: { name: string; rows: number; file: string }[] = [];
  for (const [i, table] of tables.entries()) {
    const { rows } = await deps.pool.query(`select * from ${quoteIdent(table)} where "tenantId" = $1`, [tenantId]);
    files[`tables/${table}.json`] = strToU8(`${JSON.stringify(rows.map(plain), null, 2)}\n`);
    manifest.push({ name: table, rows: rows.length, file: `tables/${table}.json` });
    await deps.platformDb.cityExport.update({ where: { id: exportId }, data: { progress: { done: i + 1, total: tables.length } } });
  }
  const generatedAt = new Date().toISOString();
  const readme = [
    `Civitas export of ${city.rows[0].name} (${city.rows[0].slug})`,
    `Generated ${generatedAt}`,
    '',
    'city.json      the city itself: name, languages, time zone, branding',
    'manifest.json  every table below with its number of rows',
    'tables/*.json  one file per table, one JSON object per row; binary values as { "base64": … }',
  ].join('\n');
  const archive = zipSync({
    'README.txt': strToU8(`${readme}\n`),
    'manifest.json': strToU8(`${JSON.stringify({ format: 'civitas-city-export/1', city: { id: tenantId, slug: city.rows[0].slug, name: city.rows[0].name }, generatedAt, tables: manifest }, null, 2)}\n`),
    'city.json': strToU8(`${JSON.stringify(plain(city.rows[0]), null, 2)}\n`),
    ...files,
  });
  await deps.platformDb.cityExport.update({
    where: { id: exportId },
    data: { status: 'succeeded', archive: Buffer.from(archive), sizeBytes: archive.byteLength, finishedAt: new Date() },
  });
}
