import type { Config } from '@civitas/config';
import RedisStore from 'connect-redis';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import type { Redis } from 'ioredis';
import { siteKeyOf } from './session-types.ts';

export const SESSION_TTL_SECONDS = 8 * 60 * 60;
/**
 * A session's lifetime is renewed (stored again with the full TTL, and its cookie re-sent) at most
 * once per quarter of it: an idle session ends between 6 and 8 hours after its last request, and an
 * ordinary signed-in request costs one Redis read instead of a read and a write.
 */
export const SESSION_RENEW_AFTER_MS = (SESSION_TTL_SECONDS * 1000) / 4;

export function sessionCookieName(config: Pick<Config, 'SECURE_COOKIES'>) {
  // __Host- cookies must be Secure, host-only and path=/, so the browser never shares them with a sibling subdomain.
  return config.SECURE_COOKIES ? '__Host-civitas' : 'civitas.sid';
}

/**
 * Sessions in Redis behind a host-only cookie (no Domain attribute). A session is bound to the
 * site it was created on; presented on another (a copied cookie), it is treated as absent.
 */
export function sessionMiddleware(redis: Redis, config: Config): RequestHandler[] {
  // No per-request touch: renewal is `renewWhenDue`'s job (see SESSION_RENEW_AFTER_MS).
  const store = new RedisStore({ client: redis, prefix: `${config.REDIS_PREFIX}:sess:`, ttl: SESSION_TTL_SECONDS, disableTouch: true });
  const base = session({
    store,
    name: sessionCookieName(config),
    secret: config.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    proxy: config.TRUST_PROXY_HOPS > 0,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.SECURE_COOKIES,
      path: '/',
      maxAge: SESSION_TTL_SECONDS * 1000,
    },
  });
  // Only sessions that hold something (a CSRF token, a principal) are stored; each records its site
  // when it is first written (see csrf.ts and establish-session.ts). Anonymous reads store nothing.
  const bindToSite = (req: Request, _res: Response, next: NextFunction) => {
    const stored = req.session.siteKey;
    if (stored && stored !== siteKeyOf(req)) return req.session.regenerate(next);
    next();
  };
  // Changing `renewedAt` marks the session modified: express-session stores it with a fresh TTL and
  // re-sends the cookie with a fresh expiry. Sessions never stored (anonymous reads) are left alone.
  const renewWhenDue = (req: Request, _res: Response, next: NextFunction) => {
    const now = Date.now();
    if (req.session.siteKey && now - (req.session.renewedAt ?? 0) >= SESSION_RENEW_AFTER_MS) req.session.renewedAt = now;
    next();
  };
  return [base, bindToSite, renewWhenDue];
}
