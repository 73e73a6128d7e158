import type { RequestHandler } from 'express';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for a UI that cannot send our synchronizer token (bull-board's): a write must
 * come from a page of this same host. Browsers send Origin on every non-GET fetch and
 * Sec-Fetch-Site on every request, and a page cannot forge either. The session cookie's
 * SameSite=Lax does not cover this alone: sibling city hosts count as the same site.
 */
export function sameOriginWrites(): RequestHandler {
  return (req, res, next) => {
    if (READS.has(req.method)) return next();
    const origin = req.get('origin');
    const sameOrigin = origin ? hostOf(origin) === req.host : req.get('sec-fetch-site') === 'same-origin';
    if (sameOrigin) return next();
    res.status(403).json({ error: 'cross_origin', message: 'Changes to queues are accepted only from the dashboard page itself.' });
  };
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
