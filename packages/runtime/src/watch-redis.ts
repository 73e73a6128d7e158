import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** Logs an outage of Redis once when it starts and once when it ends, not at every reconnection attempt. */
export function watchRedis(redis: Redis, logger: Logger) {
  let down = false;
  redis.on('error', (err) => {
    if (down) return;
    down = true;
    logger.error({ err }, 'Redis is unreachable: sessions, sign-in and queues answer 503 until it is back');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info('Redis is reachable again');
  });
}
