import { useCallback, useEffect, useState } from 'react';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import type { ProvisioningRun } from '../console-types.ts';

export type RunState = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; run: ProvisioningRun };

const POLL_MS = 1500;

/**
 * Follows a provisioning run live: server-sent events (`run`, the whole state at each change), closed
 * by us once the run is no longer running (else EventSource would reconnect after the server ends the
 * stream). If the stream fails, the run is polled instead. `restart` follows a retried run again.
 */
export function useProvisioningRun(runId: string): { result: RunState; restart: (run: ProvisioningRun) => void } {
  const { refresh } = useSession();
  const [result, setResult] = useState<RunState>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    let source: EventSource | null = null;
    let timer: number | undefined;
    const path = `/api/console/provisioning/${encodeURIComponent(runId)}`;

    const stop = () => {
      source?.close();
      source = null;
      window.clearTimeout(timer);
    };
    const accept = (run: ProvisioningRun) => {
      if (!live) return;
      setResult({ state: 'ready', run });
      if (run.status !== 'running') stop();
    };
    const poll = async () => {
      try {
        const { run } = await apiClient.get<{ run: ProvisioningRun }>(path);
        accept(run);
        if (live && run.status === 'running') timer = window.setTimeout(() => void poll(), POLL_MS);
      } catch (error) {
        if (!live) return;
        if (error instanceof ApiError && (error.status === 404 || error.status === 401)) {
          setResult({ state: 'error', error });
          if (error.status === 401) void refresh();
          return;
        }
        // A network hiccup: keep trying, a little slower.
        timer = window.setTimeout(() => void poll(), POLL_MS * 2);
      }
    };

    if (typeof EventSource === 'function') {
      source = new EventSource(`${path}/events`);
      source.addEventListener('run', (event) => {
        try {
          accept(JSON.parse((event as MessageEvent<string>).data) as ProvisioningRun);
        } catch {
          // A malformed event: the next one (or the poll) carries the whole state again.
        }
      });
      source.onerror = () => {
        if (!live || !source) return;
        stop();
        void poll();
      };
    } else {
      void poll();
    }
    return () => {
      live = false;
      stop();
    };
  }, [runId, generation, refresh]);

  const restart = useCallback((run: ProvisioningRun) => {
    setResult({ state: 'ready', run });
    setGeneration((g) => g + 1);
  }, []);
  return { result, restart };
}
