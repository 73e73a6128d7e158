import { useEffect, useState } from 'react';

export type Resource<T> = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; data: T };

/** Loads once per key; an answer that arrives after the key changed is dropped. */
export function useResource<T>(load: () => Promise<T>, key: string): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    let current = true;
    setResource({ state: 'loading' });
    load().then(
      (data) => current && setResource({ state: 'ready', data }),
      (error: unknown) => current && setResource({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; the key says when the data it fetches changes.
  }, [key, reloads]);
  return [resource, () => setReloads((n) => n + 1)];
}
