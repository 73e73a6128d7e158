import type { Request, RequestHandler, Response } from 'express';
import { Counter, Histogram, type Registry } from 'prom-client';
import { routeLabel, trackRouteLabels } from './route-label.ts';

export interface HttpMetrics {
  /** Records each request on 'finish'. */
  middleware: RequestHandler;
  /** Records one finished request, for a caller that already listens for 'finish' (the access log). */
  observe: (req: Request, res: Response, ms: number) => void;
}

/** Past this many distinct routes, new ones are counted as "other": a guard, not an expected state. */
export const MAX_ROUTE_LABELS = 500;
export const OVERFLOW_ROUTE = 'other';

/**
 * Counts and times every request by route pattern, method and status, recorded on 'finish'.
 * No tenant label on purpose: thousands of cities times every route, method and status would
 * explode the number of series Prometheus keeps. Per-city traffic belongs in the request logs.
 */
export function httpMetrics(registry: Registry, options: { maxRoutes?: number } = {}): HttpMetrics {
  const requests = new Counter({
    name: 'civitas_http_requests_total',
    help: 'HTTP requests answered, by matched route pattern, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'civitas_http_request_duration_seconds',
    help: 'Time from receiving a request to the end of its response, by matched route pattern and method.',
    labelNames: ['route', 'method'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  trackRouteLabels();
  const maxRoutes = options.maxRoutes ?? MAX_ROUTE_LABELS;
  const seen = new Set<string>();
  const bounded = (route: string) => {
    if (seen.has(route)) return route;
    if (seen.size >= maxRoutes) return OVERFLOW_ROUTE;
    seen.add(route);
    return route;
  };

  // prom-client hashes a label object at every call; the children of a label set are kept instead.
  const counters = new Map<string, Counter.Internal>();
  const timers = new Map<string, Histogram.Internal<'route' | 'method'>>();
  const record = (route: string, method: string, status: number, seconds: number) => {
    const timerKey = `${method} ${route}`;
    const counterKey = `${status} ${timerKey}`;
    let counter = counters.get(counterKey);
    if (!counter) counters.set(counterKey, (counter = requests.labels(route, method, String(status))));
    let timer = timers.get(timerKey);
    if (!timer) timers.set(timerKey, (timer = duration.labels(route, method)));
    counter.inc();
    timer.observe(seconds);
  };

  const observe = (req: Request, res: Response, ms: number) => record(bounded(routeLabel(req)), req.method, res.statusCode, ms / 1000);
  return {
    observe,
    middleware: (req, res, next) => {
      const start = performance.now();
      res.on('finish', () => observe(req, res, performance.now() - start));
      next();
    },
  };
}
