import { useEffect, useState } from 'react';
import { apiClient } from '../../shared/api/api-client.ts';

export type LinkOutcome = { state: 'missing' } | { state: 'working' } | { state: 'done' } | { state: 'failed'; error: unknown };

// A link is single-use: one request per token and page load, however often the page mounts
// (StrictMode runs effects twice; the reader may navigate away and back).
const requests = new Map<string, Promise<unknown>>();

/** Uses an emailed link's token as soon as the page opens, then runs `after` (e.g. re-reading the session). */
export function useLinkAction(path: string, token: string | null, after?: () => Promise<unknown>): LinkOutcome {
  const [outcome, setOutcome] = useState<LinkOutcome>(token ? { state: 'working' } : { state: 'missing' });

  useEffect(() => {
    if (!token) {
      setOutcome({ state: 'missing' });
      return;
    }
    let live = true;
    const key = `${path}\n${token}`;
    let request = requests.get(key);
    if (!request) {
      request = apiClient.post(path, { token }).then(async () => {
        await after?.().catch(() => undefined);
      });
      requests.set(key, request);
    }
    setOutcome({ state: 'working' });
    request.then(
      () => live && setOutcome({ state: 'done' }),
      (error: unknown) => live && setOutcome({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [path, token, after]);

  return outcome;
}
