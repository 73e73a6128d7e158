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
    res.status(500).json(new HttpError(500, 'internal', 'Something went wrong on our side. Please try again.').toJSON());
  };
}
