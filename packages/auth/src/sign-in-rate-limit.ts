import type { Config } from '@civitas/config';
import { HttpError } from '@civitas/http';
import { rateLimit } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore } from 'rate-limit-redis';
import { siteKeyOf } from './session-types.ts';

/** Failed sign-ins per site and client address, counted in Redis so every API process shares the count. */
export function signInRateLimit(redis: Redis, config: Config, name = 'sign-in') {
  return rateLimit({
    windowMs: config.SIGN_IN_RATE_WINDOW_MS,
    limit: config.SIGN_IN_RATE_LIMIT,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `${siteKeyOf(req)}:${req.ip}`,
    store: new RedisStore({
      prefix: `${config.REDIS_PREFIX}:rl:${name}:`,
      sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as never,
    }),
    handler: (_req, res, _next, options) => {
      const retryAfter = Math.ceil(options.windowMs / 60_000);
      res
        .status(429)
        .json(
          new HttpError(429, 'rate_limited', `Too many attempts. Try again in ${retryAfter} minutes.`).toJSON(),
        );
    },
  });
}
