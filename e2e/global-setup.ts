import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createTestDatabase } from '@civitas/testing';
import { E2E_PORT } from './playwright.config.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * A whole platform for the browser tests: a fresh database with the demo cities, the API and
 * the worker as real processes on their own port and Redis prefix. Torn down afterwards.
 */
export default async function globalSetup() {
  const database = await createTestDatabase();
  // Emails go to a catcher that keeps them as files; tests read them from E2E_MAIL_DIR.
  const mailDir = await mkdtemp(join(tmpdir(), 'civitas-e2e-mail-'));
  const filesDir = await mkdtemp(join(tmpdir(), 'civitas-e2e-files-'));
  const smtpPort = await freePort();
  process.env.E2E_MAIL_DIR = mailDir;
  const env = {
    ...process.env,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_CATCHER_DIR: mailDir,
    NODE_ENV: 'test',
    PORT: String(E2E_PORT),
    DATABASE_URL: database.urls.app,
    PLATFORM_DATABASE_URL: database.urls.platform,
    REDIS_PREFIX: `civitas-e2e-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'warn',
    FILES_DIR: filesDir,
  };
  const node = (file: string) => [process.execPath, ['--import', 'tsx', file]] as const;
  await run(...node('prisma/seed.ts'), { cwd: root, env });
  // Plain node processes (no wrapper), so SIGTERM reaches them and they stop gracefully.
  const processes: ChildProcess[] = [
    spawn(...node('infra/scripts/mail-catcher.ts'), { cwd: root, env, stdio: 'ignore' }),
    spawn(...node('apps/worker/src/main.ts'), { cwd: root, env, stdio: 'inherit' }),
    spawn(...node('apps/api/src/main.ts'), { cwd: root, env, stdio: 'inherit' }),
  ];
  await waitForHealth(`http://127.0.0.1:${E2E_PORT}/api/ready`);
  return async () => {
    for (const p of processes) p.kill('SIGTERM');
    await Promise.all(processes.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))));
    await database.drop();
    await rm(mailDir, { recursive: true, force: true });
    await rm(filesDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the platform did not become ready at ${url}`);
}
