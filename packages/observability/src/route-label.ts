import express, { type Request } from 'express';

/** The label of a request that no route answered: 404s, static files, middleware-only answers. */
export const UNMATCHED_ROUTE = 'unmatched';

const captured = Symbol('civitas.routeLabel');

interface MatchedRoute {
  route: { path?: unknown };
  /** The mount path at the moment the route matched. */
  baseUrl: string;
}

interface LabelledRequest extends Request {
  [captured]?: MatchedRoute;
}

/**
 * Remembers the route pattern of every request as Express matches it. Express assigns `req.route`
 * when a route matches, and at that moment `req.baseUrl` is the mount path of the router holding
 * the route. Read later (on 'finish'), both can be out of step: after an error the routers unwind
 * and restore `baseUrl`, while `req.route` stays, so `/api/admin/modules/:id` would lose `/api`.
 *
 * The watcher is an accessor on Express's request prototype, installed once per process: reading
 * `req.route` behaves as before, and no request object has to be reshaped by a property of its own
 * (defining one per request measurably slowed every request).
 */
export function trackRouteLabels(): void {
  if (Object.getOwnPropertyDescriptor(express.request, 'route')) return;
  Object.defineProperty(express.request, 'route', {
    configurable: true,
    enumerable: true,
    get(this: LabelledRequest) {
      return this[captured]?.route;
    },
    // The pattern is joined only when someone asks for the label.
    set(this: LabelledRequest, route: MatchedRoute['route'] | undefined) {
      this[captured] = route ? { route, baseUrl: this.baseUrl } : undefined;
    },
  });
}

/**
 * The matched route pattern, e.g. `/api/admin/modules/:id`; never the URL itself. Mount paths
 * with parameters keep their values (Express records only the matched text of a mount): in Civitas
 * that is `/api/m/<module id>/…`, bounded by the installed modules, since an unknown id is
 * refused before any route of the module matches.
 */
export function routeLabel(req: Request): string {
  const matched = (req as LabelledRequest)[captured];
  return matched ? joinPattern(matched.baseUrl, matched.route.path) : UNMATCHED_ROUTE;
}

function joinPattern(baseUrl: string, path: unknown): string {
  if (Array.isArray(path)) return path.map((p) => joinPattern(baseUrl, p)).join('|');
  const pattern = String(path);
  return pattern === '/' && baseUrl ? baseUrl : `${baseUrl}${pattern}`;
}
