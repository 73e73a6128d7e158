import type { Redis } from 'ioredis';

/**
 * A connection of its own for a BullMQ worker or a subscriber: unlike the request path's client, it
 * queues its commands while Redis is away and waits for it to return, as BullMQ's workers require.
 */
export function redisForWaiting(redis: Redis): Redis {
  return redis.duplicate({ maxRetriesPerRequest: null, enableOfflineQueue: true, lazyConnect: false });
}
