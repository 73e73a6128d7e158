import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { CredentialsForm } from '../../shared/forms/credentials-form.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { useSite } from '../../shared/api/site-context.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const site = useSite();
  const { refresh } = useSession();
  const navigate = useNavigate();
  useDocumentTitle(t('portal.signIn.title'), site.name);

  async function signIn(credentials: { email: string; password: string }) {
    await apiClient.post('/api/auth/resident/sign-in', credentials);
    await refresh();
    void navigate('/', { state: { notice: 'signedIn' } });
  }

  return (
    <div className="narrow">
      <h1>{t('portal.signIn.title')}</h1>
      <p className="lead">{t('portal.signIn.intro', { city: site.name })}</p>
      <CredentialsForm idPrefix="sign-in" onSubmit={signIn} />
      <p className="form-aside">
        {t('portal.signIn.noAccount')} <Link to="/sign-up">{t('portal.signIn.createLink')}</Link>
      </p>
    </div>
  );
}
