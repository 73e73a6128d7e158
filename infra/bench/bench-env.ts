import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@civitas/testing';

export type BenchEnv = Awaited<ReturnType<typeof openBenchEnv>>;

/** A scratch database and Redis prefix for one benchmark run, and servers in child processes. */
export async function openBenchEnv() {
  const database = await createTestDatabase();
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: database.urls.app,
    PLATFORM_DATABASE_URL: database.urls.platform,
    REDIS_PREFIX: `civitas-bench-${process.pid}`,
    LOG_LEVEL: 'warn',
    SIGN_IN_RATE_LIMIT: '1000',
  };
  const children: ChildProcess[] = [];
  return {
    database,
    env,
    /** Starts `serve-*.ts` in its own process; resolves with the port it listens on. */
    async start(file: string, extraEnv: Record<string, string> = {}) {
      const path = fileURLToPath(new URL(file, import.meta.url));
      const execArgv = ['--import', 'tsx', ...profileArgs(file)];
      const child = fork(path, { env: { ...env, ...extraEnv }, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(child);
      const { port } = await new Promise<{ port: number }>((resolve, reject) => {
        child.once('message', (m) => resolve(m as { port: number }));
        child.once('exit', (code) => reject(new Error(`${file} exited with ${code} before listening`)));
      });
      return { port, stop: () => stop(child) };
    },
    async close() {
      await Promise.all(children.map(stop));
      await database.drop();
    },
  };
}

/**
 * With BENCH_CPU_PROF=<dir>, every server writes a V8 CPU profile there when it stops
 * (`pnpm bench:profile <dir>` summarises them).
 */
function profileArgs(file: string) {
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir) return [];
  // One folder per server: Node writes a profile per thread (the main thread's is the largest).
  return ['--cpu-prof', `--cpu-prof-dir=${dir}/${file.replace(/\.ts$/, '')}-${Date.now()}`];
}

function stop(child: ChildProcess) {
  if (child.exitCode !== null) return Promise.resolve();
  child.kill('SIGTERM');
  return new Promise((resolve) => child.once('exit', resolve));
}
