// Prisma Migrate runs offline through infra/prisma/schema-engine.mjs (the wasm engine behind the CLI).
// This proves the migrations apply to a fresh database and that they match the schema in prisma/schema/,
// the drift check CI relies on. Each prisma command takes one to a few seconds.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const migrateSh = path.join(root, 'infra/scripts/migrate.sh');
// Same server variable as packages/testing's test database.
const serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const TIMEOUT = 60_000;

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<Row extends pg.QueryResultRow>(database: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `infra/scripts/migrate.sh <args>` against the given database; resolves with its exit code. */
function migrate(database: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'bash',
      [migrateSh, ...args],
      { cwd: root, env: { ...process.env, DATABASE_OWNER_URL: databaseUrl(database) }, timeout: TIMEOUT },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const suffix = randomBytes(4).toString('hex');
const existing = `civitas_migrate_${suffix}`; // created here, then migrated
const missing = `civitas_migrate_${suffix}_new`; // left for `migrate deploy` to create
let tmpDir = '';

const expectedTables = [
  'audit_events',
  'operator_audit_events',
  'operators',
  'residents',
  'staff_accounts',
  'tenant_domains',
  'tenants',
];

async function publicTables(database: string): Promise<string[]> {
  const rows = await query<{ table_name: string }>(
    database,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe('prisma migrations', () => {
  beforeAll(async () => {
    await query('postgres', `CREATE DATABASE "${existing}"`);
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civitas-migrate-'));
  });

  afterAll(async () => {
    for (const name of [existing, missing]) await query('postgres', `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
  });

  it('deploy applies every migration to a fresh database', { timeout: TIMEOUT }, async () => {
    const run = await migrate(existing);
    expect(run.code, run.stdout + run.stderr).toBe(0);

    const tables = await publicTables(existing);
    expect(tables).toEqual(expect.arrayContaining([...expectedTables, '_prisma_migrations']));

    const directories = fs
      .readdirSync(path.join(root, 'prisma/migrations'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const applied = await query<{ migration_name: string }>(
      existing,
      `SELECT migration_name FROM _prisma_migrations
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    expect(applied.map((row) => row.migration_name)).toEqual(directories);

    const status = await migrate(existing, 'status');
    expect(status.code, status.stdout + status.stderr).toBe(0);
    expect(status.stdout).toContain('Database schema is up to date');
  });

  it('deploy creates the database when it does not exist yet', { timeout: TIMEOUT }, async () => {
    const run = await migrate(missing);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(await publicTables(missing)).toEqual(expect.arrayContaining(expectedTables));
  });

  it('the migrations match the schema in prisma/schema/', { timeout: TIMEOUT }, async () => {
    const run = await migrate(
      existing,
      'diff',
      '--from-migrations',
      'prisma/migrations',
      '--to-schema',
      'prisma/schema',
      '--exit-code',
    );
    expect(run.code, run.stdout + run.stderr).toBe(0);
  });

  it('the drift check fails when the schema has changes no migration carries', { timeout: TIMEOUT }, async () => {
    const driftedSchemaPath = path.join(tmpDir, 'schema');
    fs.cpSync(path.join(root, 'prisma/schema'), driftedSchemaPath, { recursive: true });
    const core = path.join(driftedSchemaPath, 'core.prisma');
    const schema = fs.readFileSync(core, 'utf8');
    const drifted = schema.replace('model Tenant {', 'model Tenant {\n  driftProbe String?');
    expect(drifted).not.toBe(schema);
    fs.writeFileSync(core, drifted);

    const run = await migrate(
      existing,
      'diff',
      '--from-migrations',
      'prisma/migrations',
      '--to-schema',
      driftedSchemaPath,
      '--exit-code',
    );
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout).toContain('driftProbe');
  });
});
