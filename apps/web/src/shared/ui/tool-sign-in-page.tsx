import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { apiClient } from '../api/api-client.ts';
import { useSession } from '../api/session-context.tsx';
import { CredentialsForm } from '../forms/credentials-form.tsx';
import { StatusMessage } from './status-message.tsx';
import { useDocumentTitle } from './use-document-title.ts';

interface ToolSignInPageProps {
  title: string;
  intro: string;
  siteTitle: string;
  /** The sign-in endpoint for this kind of account. */
  endpoint: string;
  idPrefix: string;
}

/** Sign-in for staff and operators; returns to the page the guard sent them from. */
export function ToolSignInPage({ title, intro, siteTitle, endpoint, idPrefix }: ToolSignInPageProps) {
  const { t } = useTranslation();
  const { refresh, signedOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  useDocumentTitle(title, siteTitle);

  async function signIn(credentials: { email: string; password: string }) {
    await apiClient.post(endpoint, credentials);
    await refresh();
    void navigate(from === '/sign-in' ? '/' : from, { replace: true });
  }

  return (
    <div className="narrow">
      <StatusMessage>{signedOut ? t('common.signedOut') : null}</StatusMessage>
      <h1>{title}</h1>
      <p className="lead">{intro}</p>
      <CredentialsForm idPrefix={idPrefix} onSubmit={signIn} />
    </div>
  );
}
