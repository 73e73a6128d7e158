import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSite } from '../../shared/api/site-context.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { ResetPasswordForm } from './reset-password-form.tsx';
import { useLinkToken } from './use-link-token.ts';

/** `/reset-password?token=…`, the link emailed by "Forgotten your password?". */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const site = useSite();
  const token = useLinkToken();
  useDocumentTitle(t('portal.resetPassword.title'), site.name);
  return (
    <div className="narrow">
      <h1>{t('portal.resetPassword.title')}</h1>
      {token ? (
        <>
          <p className="lead">{t('portal.resetPassword.intro', { city: site.name })}</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <p className="inline-error" role="alert">
            {t('portal.links.missing')}
          </p>
          <p>
            <Link to="/forgot-password">{t('portal.resetPassword.askNew')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
