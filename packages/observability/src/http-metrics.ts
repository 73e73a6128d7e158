import type { RequestHandler } from 'express';
import { Counter, Histogram, type Registry } from 'prom-client';
import { captureRouteLabel, routeLabel } from './route-label.ts';

/** Past this many distinct routes, new ones are counted as "other": a guard, not an expected state. */
export const MAX_ROUTE_LABELS = 500;
export const OVERFLOW_ROUTE = 'other';

/**
 * Counts and times every request by route pattern, method and status, recorded on 'finish'.
 * No tenant label on purpose: thousands of cities times every route, method and status would
 * explode the number of series Prometheus keeps. Per-city traffic belongs in the request logs.
 */
export function httpMetrics(registry: Registry, options: { maxRoutes?: number } = {}): RequestHandler {
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
  const maxRoutes = options.maxRoutes ?? MAX_ROUTE_LABELS;
  const seen = new Set<string>();
  const bounded = (route: string) => {
    if (seen.has(route)) return route;
    if (seen.size >= maxRoutes) return OVERFLOW_ROUTE;
    seen.add(route);
    return route;
  };

  return (req, res, next) => {
    const start = process.hrtime.bigint();
    captureRouteLabel(req);
    res.once('finish', () => {
      const route = bounded(routeLabel(req));
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      requests.inc({ route, method: req.method, status: String(res.statusCode) });
      duration.observe({ route, method: req.method }, seconds);
    });
    next();
  };
}
