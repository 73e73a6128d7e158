import type { Request, RequestHandler, Response } from 'express';

type HeaderValue = string | number | readonly string[];

/**
 * Runs a middleware that only sets fixed response headers (helmet, with no per-request nonce)
 * once, against a recording response, and returns a middleware that sets the same headers on
 * every response in one step. The library stays the source of the values; the per-request work
 * is one `setHeaders` call.
 */
export function precomputedHeaders(middleware: (req: Request, res: Response, next: (error?: unknown) => void) => void): {
  handler: RequestHandler;
  headers: ReadonlyMap<string, HeaderValue>;
} {
  const headers = new Map<string, HeaderValue>();
  const recorder = {
    setHeader(name: string, value: HeaderValue) {
      headers.set(name.toLowerCase(), value);
      return recorder;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
    getHeader(name: string) {
      return headers.get(name.toLowerCase());
    },
  };
  let finished = false;
  middleware({ headers: {}, method: 'GET', url: '/' } as Request, recorder as unknown as Response, (error) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('precomputedHeaders: the middleware must call next() synchronously, without answering');
  const frozen = new Map(headers) as Map<string, string | number | string[]>;
  return {
    headers: frozen,
    handler: (_req, res, next) => {
      res.setHeaders(frozen);
      next();
    },
  };
}
