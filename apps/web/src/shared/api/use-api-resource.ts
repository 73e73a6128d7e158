import { useCallback, useEffect, useRef, useState } from 'react';
import { apiClient } from './api-client.ts';
import { ApiError } from './api-error.ts';
import { useSession } from './session-context.tsx';

export type Resource<T> =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'ready'; data: T };

interface Options {
  /** Keep showing the last answer while another path loads (filters, search), instead of "Loading…". */
  keepWhileLoading?: boolean;
}

/**
 * GETs a path and tracks it. A 401 means the session ended (expired, or signed out in another
 * tab): re-reading the session lets the route guard send the person back to sign-in.
 * `reload()` keeps the current data on screen until the fresh answer arrives, so a page that
 * reloads after a change keeps its focus and live regions.
 */
export function useApiResource<T>(path: string, options: Options = {}): { resource: Resource<T>; reload: () => void } {
  const { refresh } = useSession();
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  const lastPath = useRef<string | null>(null);
  const keep = options.keepWhileLoading ?? false;

  useEffect(() => {
    let live = true;
    const samePath = lastPath.current === path;
    lastPath.current = path;
    if (!samePath && !keep) setResource({ state: 'loading' });
    apiClient.get<T>(path).then(
      (data) => live && setResource({ state: 'ready', data }),
      (error: unknown) => {
        if (!live) return;
        setResource({ state: 'error', error });
        if (error instanceof ApiError && error.status === 401) void refresh();
      },
    );
    return () => {
      live = false;
    };
  }, [path, version, refresh, keep]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { resource, reload };
}
