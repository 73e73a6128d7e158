import { randomUUID } from 'node:crypto';
import type { Express, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { routeLabel, trackRouteLabels } from './route-label.ts';

declare global {
  namespace Express {
    interface Request {
      /** This request's id, also sent back as `x-request-id` and written on its audit entries. */
      id: string;
      /** A logger bound to this request's id and city, made on first use. */
      log: Logger;
    }
  }
}

export const ACCESS_LOG_MODES = ['all', 'sampled', 'off'] as const;
export type AccessLogMode = (typeof ACCESS_LOG_MODES)[number];

export interface AccessLogOptions {
  mode: AccessLogMode;
  /** Share of the ordinary requests (fast, successful reads) kept in `sampled` mode. */
  sampleRate?: number;
  /** Requests slower than this are always logged in `sampled` mode. */
  slowMs?: number;
  /** Fields every line and every request logger carries, e.g. the city's slug. */
  context: (req: Request) => Record<string, unknown>;
  /** Requests never logged (health checks, metrics scrapes). */
  ignore?: (req: Request) => boolean;
  random?: () => number;
  /**
   * Told of every finished request, logged or not (the HTTP metrics): one 'finish' listener per
   * request serves both, as each listener costs a visible share of a cheap request.
   */
  onFinish?: (req: Request, res: Response, ms: number) => void;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether one finished request makes a line in `sampled` mode: the unusual ones always, 1 % of the rest. */
export function keepInSample(
  line: { method: string; status: number; ms: number },
  options: { sampleRate: number; slowMs: number; random: () => number },
): boolean {
  if (line.status < 200 || line.status >= 300) return true;
  if (!READS.has(line.method)) return true;
  if (line.ms > options.slowMs) return true;
  return options.random() < options.sampleRate;
}

const requestLogger = Symbol('civitas.requestLogger');

interface LoggedRequest extends Request {
  [requestLogger]?: Logger;
}

/**
 * Request ids, per-request loggers and the access log, kept cheap on the hot path: `req.log` is a
 * getter on the app's request prototype, so a pino child logger is only made for the requests that
 * log something; the access line holds only method, route pattern, status, duration, request id
 * and city, written through the logger's asynchronous destination.
 */
export function installRequestLogging(app: Express, logger: Logger, options: AccessLogOptions): RequestHandler {
  const { mode, context, ignore } = options;
  const sample = {
    sampleRate: options.sampleRate ?? 0.01,
    slowMs: options.slowMs ?? 500,
    random: options.random ?? Math.random,
  };
  trackRouteLabels();
  Object.defineProperty(app.request, 'log', {
    configurable: true,
    get(this: LoggedRequest) {
      this[requestLogger] ??= logger.child({ reqId: this.id, ...context(this) });
      return this[requestLogger];
    },
    set(this: LoggedRequest, value: Logger) {
      this[requestLogger] = value;
    },
  });

  const { onFinish } = options;
  return (req, res, next) => {
    const id = randomUUID();
    req.id = id;
    res.setHeader('x-request-id', id);
    const logged = mode !== 'off' && !ignore?.(req);
    if (!logged && !onFinish) return next();
    const start = performance.now();
    res.on('finish', () => {
      const elapsed = performance.now() - start;
      onFinish?.(req, res, elapsed);
      if (!logged) return;
      const line = { method: req.method, status: res.statusCode, ms: Math.round(elapsed) };
      if (mode === 'sampled' && !keepInSample(line, sample)) return;
      const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
      logger[level]({ reqId: id, ...context(req), ...line, route: routeLabel(req) }, 'request');
    });
    next();
  };
}
