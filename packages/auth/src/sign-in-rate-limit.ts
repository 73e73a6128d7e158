import type { Config } from '@civitas/config';
import { HttpError } from '@civitas/http';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { RedisStore } from 'rate-limit-redis';
import { siteKeyOf } from './session-types.ts';

/**
 * Attempts per site and client address, counted in Redis so every API process shares the count.
 * Sign-in counts failures only; sign-up and password reset count every attempt, with a larger allowance.
 */
export function signInRateLimit(
  redis: Redis,
  config: Config,
  name: 'sign-in' | 'operator-sign-in' | 'sign-up' | 'password-reset' = 'sign-in',
) {
  const signUp = name === 'sign-up' || name === 'password-reset';
  return rateLimit({
    windowMs: config.SIGN_IN_RATE_WINDOW_MS,
    limit: signUp ? config.SIGN_IN_RATE_LIMIT * 5 : config.SIGN_IN_RATE_LIMIT,
    skipSuccessfulRequests: !signUp,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // IPv6 addresses are grouped by /56, so one client cannot rotate through its own block.
    keyGenerator: (req) => `${siteKeyOf(req)}:${ipKeyGenerator(req.ip ?? '')}`,
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
