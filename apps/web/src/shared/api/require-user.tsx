import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { SessionUser } from './api-types.ts';
import { useSession } from './session-context.tsx';

/** Renders its children only for a signed-in user of this kind; everyone else goes to sign-in. */
export function RequireUser({ kind, children }: { kind: SessionUser['kind']; children: ReactNode }) {
  const { user, signedOut } = useSession();
  const location = useLocation();
  if (user?.kind !== kind) {
    // After a deliberate sign-out, the next person to sign in starts from the top, not on the last page.
    const state = signedOut ? null : { from: location.pathname + location.search };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return children;
}
