import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { parseAllowList } from './ip-allow-list.ts';

export interface MetricsAccessOptions {
  /** Addresses and CIDR ranges allowed without a token. Default: loopback only. */
  allowedIps?: readonly string[];
  /** When set, `Authorization: Bearer <token>` is accepted from any address. */
  token?: string;
}

export const DEFAULT_METRICS_ALLOWED_IPS = ['127.0.0.1', '::1'] as const;

/** Decides whether a request may read /metrics: an allowed address, or the bearer token. */
export function metricsAccess(options: MetricsAccessOptions = {}): (req: Request) => boolean {
  const allowList = parseAllowList(options.allowedIps ?? DEFAULT_METRICS_ALLOWED_IPS);
  const expected = options.token ? digest(options.token) : undefined;
  return (req) => {
    if (expected && bearerMatches(req.get('authorization'), expected)) return true;
    return knowsClientAddress(req) && allowList.allows(req.ip);
  };
}

function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  // Hashing first gives equal lengths, so the comparison takes the same time whatever was sent.
  return presented !== undefined && timingSafeEqual(digest(presented), expected);
}

/** Headers by which a proxy says it forwards someone else's request. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * `req.ip` is the client's address only for a direct request, or one forwarded with
 * X-Forwarded-For by a proxy the app trusts. Otherwise it is the proxy's own address: a reverse
 * proxy on the same machine with TRUST_PROXY_HOPS=0 would make every request look like 127.0.0.1
 * and let the whole internet in. Such requests can still use the token.
 */
function knowsClientAddress(req: Request): boolean {
  if (!FORWARDING_HEADERS.some((name) => req.get(name) !== undefined)) return true;
  const trusts = req.app.get('trust proxy fn') as ((address: string | undefined, hop: number) => boolean) | undefined;
  return req.get('x-forwarded-for') !== undefined && (trusts?.(req.socket.remoteAddress, 0) ?? false);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
