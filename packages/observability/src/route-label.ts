import type { Request } from 'express';

/** The label of a request that no route answered: 404s, static files, middleware-only answers. */
export const UNMATCHED_ROUTE = 'unmatched';

const captured = Symbol('civitas.routeLabel');

interface LabelledRequest extends Request {
  [captured]?: string;
}

/**
 * Remembers the route pattern of this request as Express matches it. Express assigns `req.route`
 * when a route matches, and at that moment `req.baseUrl` is the mount path of the router holding
 * the route. Read later (on 'finish'), both can be out of step: after an error the routers unwind
 * and restore `baseUrl`, while `req.route` stays, so `/api/admin/modules/:id` would lose `/api`.
 */
export function captureRouteLabel(req: Request): void {
  // The metrics and the access log both ask; one watcher is enough.
  if (captured in req) return;
  (req as LabelledRequest)[captured] = undefined;
  let route: unknown = req.route;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: { path?: unknown } | undefined) {
      route = value;
      (req as LabelledRequest)[captured] = value ? joinPattern(req.baseUrl, value.path) : undefined;
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
  return (req as LabelledRequest)[captured] ?? UNMATCHED_ROUTE;
}

function joinPattern(baseUrl: string, path: unknown): string {
  if (Array.isArray(path)) return path.map((p) => joinPattern(baseUrl, p)).join('|');
  const pattern = String(path);
  return pattern === '/' && baseUrl ? baseUrl : `${baseUrl}${pattern}`;
}
