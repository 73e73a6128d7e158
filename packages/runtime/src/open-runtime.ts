import type { Config } from '@civitas/config';
import { createAppDatabase, createPlatformDatabase } from '@civitas/db';
import { JobQueues, readRedisDurability, redisDurabilityWarnings } from '@civitas/jobs';
import { createAccountMailer, createBuiltModuleMail } from './account-mailer.ts';
import { BuiltModuleSource } from '@civitas/module-builder';
import { ModuleSetCache } from '@civitas/module-host';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { HostResolver, findTenantByHost } from '@civitas/tenancy';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { watchRedis } from './watch-redis.ts';
import { redisForWaiting } from '@civitas/jobs';

export type Runtime = Awaited<ReturnType<typeof openRuntime>>;

/** The connections an API or worker process holds, opened together and closed in reverse order. */
export async function openRuntime(config: Config, options: { name: string; registry: ModuleRegistry }) {
  // Asynchronous destination: a log line is buffered and written off the request's path
  // (pino flushes what is left when the process exits).
  const logger = pino({ name: options.name, level: config.LOG_LEVEL }, pino.destination({ dest: 1, sync: false }));
  const app = createAppDatabase({ url: config.DATABASE_URL });
  await app.warmUp();
  const platform = createPlatformDatabase({ url: config.PLATFORM_DATABASE_URL });
  // Requests fail fast while Redis is away (no offline queue, one retry): a session read or a
  // rate-limit count answers 503 at once instead of hanging. Workers and subscribers take their
  // own connections that wait for Redis to come back (see redisForWaiting).
  const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: true });
  watchRedis(redis, logger);
  await redis.connect();
  const subscriber = redisForWaiting(redis);
  // It reconnects and resubscribes by itself; the outage is logged once, by watchRedis.
  subscriber.on('error', () => undefined);
  const durability = await readRedisDurability(redis);
  if (!durability) logger.warn('Could not read Redis settings (CONFIG refused): check that it does not evict keys and say whether it persists them.');
  for (const warning of durability ? redisDurabilityWarnings(durability) : []) logger.warn(warning);
  const resolver = new HostResolver((host) => findTenantByHost(platform.platformDb, host), {
    ttlMs: config.HOST_CACHE_TTL_MS,
    channel: `${config.REDIS_PREFIX}:tenant-cache`,
    publisher: redis,
  });
  await resolver.listen(subscriber);
  const modules = new ModuleSetCache(app.db, {
    ttlMs: config.HOST_CACHE_TTL_MS,
    channel: `${config.REDIS_PREFIX}:module-sets`,
    publisher: redis,
  });
  await modules.listen(subscriber);
  const jobs = new JobQueues(redis, config.REDIS_PREFIX);
  const mailer = createAccountMailer(jobs, config);
  // Built modules join the registry before anything reads it, and follow every publish.
  const builtModules = new BuiltModuleSource(platform.platformDb, options.registry, {
    channel: `${config.REDIS_PREFIX}:built-modules`,
    publisher: redis,
    mail: createBuiltModuleMail(jobs, config),
    log: (error) => logger.error({ err: error }, 'built modules failed to load'),
  });
  await builtModules.load();
  await builtModules.listen(subscriber);
  return {
    config,
    logger,
    db: app.db,
    platformDb: platform.platformDb,
    /** Raw access as the platform role, for catalogue-wide work (city export and deletion). */
    platformPool: platform.pool,
    redis,
    resolver,
    registry: options.registry,
    modules,
    jobs,
    mailer,
    builtModules,
    async close() {
      await builtModules.close();
      await jobs.close();
      await resolver.close();
      await modules.close();
      subscriber.disconnect();
      await redis.quit();
      await Promise.all([app.close(), platform.close()]);
      logger.flush();
    },
  };
}
