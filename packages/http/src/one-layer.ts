import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Middlewares that never wait (each calls `next()` before it returns) run as one layer of the
 * router. Every layer costs a path match and a dispatch on every request; the few that wrap every
 * request (metrics, request ids and logs, security headers) need neither.
 */
export function oneLayer(...handlers: readonly RequestHandler[]): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    let index = 0;
    const step = (error?: unknown) => {
      if (error) return next(error);
      const handler = handlers[index++];
      if (!handler) return next();
      void handler(req, res, step);
    };
    step();
  };
}
