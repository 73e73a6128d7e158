import type { ErrorRequestHandler } from 'express';
import { HttpError } from './http-error.ts';

/** Last middleware: known errors keep their status; body-parser errors become 400/413; anything else is a 500 that leaks nothing. */
export function errorHandler(log: (error: unknown, req: unknown) => void): ErrorRequestHandler {
  return (error, req, res, _next) => {
    if (res.headersSent) return;
    if (error instanceof HttpError) return res.status(error.status).json(error.toJSON());
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status === 400 && error?.type === 'entity.parse.failed') {
      return res.status(400).json(new HttpError(400, 'invalid_json', 'The request body is not valid JSON.').toJSON());
    }
    if (error?.code === 'EBADCSRFTOKEN') {
      return res
        .status(403)
        .json(new HttpError(403, 'csrf_invalid', 'This form has expired or was sent from elsewhere. Reload the page and try again.').toJSON());
    }
    if (status === 413) {
      return res.status(413).json(new HttpError(413, 'too_large', 'The request body is too large.').toJSON());
    }
    if (status >= 400 && status < 500) {
      return res.status(status).json(new HttpError(status, error.code ?? 'bad_request', error.message).toJSON());
    }
    log(error, req);
    if (isOutage(error)) {
      res.setHeader('Retry-After', '5');
      return res
        .status(503)
        .json(new HttpError(503, 'temporarily_unavailable', 'This service is briefly unavailable on our side. Please try again in a few seconds.').toJSON());
    }
    res.status(500).json(new HttpError(500, 'internal', 'Something went wrong on our side. Please try again.').toJSON());
  };
}

/**
 * A store the platform depends on is unreachable (Redis or PostgreSQL down or restarting): the
 * request is refused whole with a 503 the client may retry, rather than an opaque 500.
 */
export function isOutage(error: unknown): boolean {
  const e = error as { name?: string; code?: string; message?: string; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.name === 'MaxRetriesPerRequestError') return true;
  if (e.code && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'P1001', 'P1017', '57P01', '57P03'].includes(e.code)) return true;
  // ioredis without an offline queue, or a connection dropped mid-command.
  if (typeof e.message === 'string' && /enableOfflineQueue|Connection is closed|Stream isn't writeable/.test(e.message)) return true;
  return e.cause !== undefined && e.cause !== error && isOutage(e.cause);
}
