/**
 * What the portal and the admin hand to a module's web code. Types only: a module's `web`
 * entry exports `defineModuleWeb({...})` and is loaded as its own chunk, only in cities that
 * have the module switched on.
 */
export interface ModuleApi {
  get<T = unknown>(path: string): Promise<T>;
  post<T = unknown>(path: string, body?: unknown): Promise<T>;
  put<T = unknown>(path: string, body?: unknown): Promise<T>;
  del<T = unknown>(path: string): Promise<T>;
}

export interface ModuleWebProps {
  /** The resident's (or admin's) current language. */
  locale: string;
  city: { slug: string; name: string };
  /** Calls the module's own API: paths are relative to `/api/m/<id>/`. */
  api: ModuleApi;
  /** The sub-path below the module's root, e.g. "" or "entries/42". */
  subPath: string;
  /** Client-side navigation within the module: a path relative to the module's root. */
  navigate: (subPath: string) => void;
}

export interface ModuleWeb<C = unknown> {
  /** The resident page(s), rendered at `/m/<id>/*`. */
  Page: (props: ModuleWebProps) => C;
  /** Shown above the main content of every portal page while the module is on (e.g. a notice). */
  Banner?: (props: Omit<ModuleWebProps, 'subPath' | 'navigate'>) => C;
  /** Shown on the city's home page while the module is on (e.g. the latest news). */
  Home?: (props: Omit<ModuleWebProps, 'subPath' | 'navigate'>) => C;
  /** The module's content management in the city admin, at `/admin/m/<id>/*`. */
  Admin?: (props: ModuleWebProps & { permissions: string[] }) => C;
}

export function defineModuleWeb<C>(web: ModuleWeb<C>): ModuleWeb<C> {
  return web;
}
