import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '@civitas/config';
import { inject } from 'vitest';

/** Config pointing at this run's database and a Redis prefix of its own, so runs never collide. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const urls = inject('databaseUrls');
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: urls.app,
    PLATFORM_DATABASE_URL: urls.platform,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `civitas-test-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'silent',
    FILES_DIR: join(tmpdir(), `civitas-test-files-${randomBytes(4).toString('hex')}`),
    ...overrides,
  });
}
