import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../shared/api/session-context.tsx';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';

export function AccountPanel({ onSignedOut }: { onSignedOut: () => void }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [justSignedOut, setJustSignedOut] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The sign-out button is gone once signed out; put focus somewhere meaningful instead of <body>.
  useEffect(() => {
    if (justSignedOut && !user) headingRef.current?.focus();
  }, [justSignedOut, user]);

  async function handleSignOut() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await signOut();
      setJustSignedOut(true);
      onSignedOut();
    } catch (e) {
      setError(describeApiError(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel account-panel" aria-labelledby="account-heading">
      <h2 id="account-heading" ref={headingRef} tabIndex={-1}>{t('portal.home.accountHeading')}</h2>
      {user ? (
        <>
          <p className="account-panel__user">{t('common.signedInAs', { name: user.displayName })}</p>
          {error && (
            <p className="inline-error" role="alert">
              {error}
            </p>
          )}
          <button className="button button--secondary" type="button" onClick={handleSignOut} aria-disabled={busy || undefined}>
            {t('common.signOut')}
          </button>
        </>
      ) : (
        <>
          <p>{t('portal.home.signedOutText')}</p>
          <div className="button-group">
            <Link className="button" to="/sign-in">
              {t('portal.home.signInLink')}
            </Link>
            <Link className="button button--secondary" to="/sign-up">
              {t('portal.home.signUpLink')}
            </Link>
          </div>
        </>
      )}
    </section>
  );
}
