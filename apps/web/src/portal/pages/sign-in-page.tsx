import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { CredentialsForm } from '../../shared/forms/credentials-form.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { useSite } from '../../shared/api/site-context.tsx';

export type SignInNotice = 'passwordReset' | 'signedOutEverywhere';

interface SignInState {
  /** Where the route guard sent the reader from: they go back there once signed in. */
  from?: string;
  notice?: SignInNotice;
}

export function SignInPage() {
  const { t } = useTranslation();
  const site = useSite();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [arrival] = useState(() => (location.state as SignInState | null) ?? {});
  useEffect(() => {
    // Shown once: a reload must not say it again.
    if (arrival.notice) void navigate('.', { replace: true, state: arrival.from ? { from: arrival.from } : null });
  }, [arrival, navigate]);
  useDocumentTitle(t('portal.signIn.title'), site.name);

  async function signIn(credentials: { email: string; password: string }) {
    await apiClient.post('/api/auth/resident/sign-in', credentials);
    await refresh();
    if (arrival.from && arrival.from !== '/sign-in') void navigate(arrival.from, { replace: true });
    else void navigate('/', { state: { notice: 'signedIn' } });
  }

  return (
    <div className="narrow">
      <StatusMessage>{arrival.notice ? t(`portal.signIn.${arrival.notice}`) : null}</StatusMessage>
      <h1>{t('portal.signIn.title')}</h1>
      <p className="lead">{t('portal.signIn.intro', { city: site.name })}</p>
      <CredentialsForm idPrefix="sign-in" onSubmit={signIn} />
      <p className="form-aside">
        <Link to="/forgot-password">{t('portal.signIn.forgotLink')}</Link>
      </p>
      <p>
        {t('portal.signIn.noAccount')} <Link to="/sign-up">{t('portal.signIn.createLink')}</Link>
      </p>
    </div>
  );
}
