import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { useSession } from '../../shared/api/session-context.tsx';

/**
 * Pages that end the session (sign out everywhere, a password reset, deleting the account) navigate
 * with `state.sessionEnded` and the session is re-read here, on the page they land on. Re-reading it
 * before leaving would let the old page's route guard redirect to sign-in first.
 */
export function useSessionEndedRefresh(): void {
  const { refresh } = useSession();
  const location = useLocation();
  const ended = (location.state as { sessionEnded?: boolean } | null)?.sessionEnded === true;
  useEffect(() => {
    if (ended) void refresh().catch(() => undefined);
  }, [ended, location.key, refresh]);
}
