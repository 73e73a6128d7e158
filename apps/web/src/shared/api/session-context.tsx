import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { apiClient, loadSession } from './api-client.ts';
import type { Session, SessionUser } from './api-types.ts';

interface SessionState {
  user: SessionUser | null;
  /** Re-reads the session; sign-in and sign-out rotate it, and with it the CSRF token. */
  refresh: () => Promise<SessionUser | null>;
  signOut: () => Promise<void>;
  /** True after a sign-out in this page's lifetime, so the sign-in page can confirm it. */
  signedOut: boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ initial, children }: { initial: Session; children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(initial.user);
  const [signedOut, setSignedOut] = useState(false);

  const refresh = useCallback(async () => {
    const session = await loadSession();
    setUser(session.user);
    if (session.user) setSignedOut(false);
    return session.user;
  }, []);

  const signOut = useCallback(async () => {
    await apiClient.post<void>('/api/auth/sign-out');
    setSignedOut(true);
    await refresh();
  }, [refresh]);

  const value = useMemo(() => ({ user, refresh, signOut, signedOut }), [user, refresh, signOut, signedOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}
