import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface TestDatabaseUrls {
  owner: string;
  app: string;
  platform: string;
}

const withDatabase = (url: string, database: string, user?: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  if (user) u.username = user;
  return u.toString();
};

/** A fresh database with every migration applied, owned by the test run and dropped after it. */
export async function createTestDatabase(serverUrl = process.env.TEST_DATABASE_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres') {
  const name = `civitas_test_${randomBytes(5).toString('hex')}`;
  const owner = withDatabase(serverUrl, name);
  await run('bash', ['infra/scripts/migrate.sh'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_OWNER_URL: owner },
  });
  const urls: TestDatabaseUrls = {
    owner,
    app: withDatabase(serverUrl, name, 'civitas_app'),
    platform: withDatabase(serverUrl, name, 'civitas_platform'),
  };
  return {
    name,
    urls,
    async drop() {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
}
