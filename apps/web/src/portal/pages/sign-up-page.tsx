import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { SignUpForm } from './sign-up-form.tsx';

export function SignUpPage() {
  const { t } = useTranslation();
  const site = useSite();
  useDocumentTitle(t('portal.signUp.title'), site.name);
  return (
    <div className="narrow">
      <h1>{t('portal.signUp.title')}</h1>
      <p className="lead">{t('portal.signUp.intro', { city: site.name })}</p>
      <SignUpForm />
      <p className="form-aside">
        {t('portal.signUp.haveAccount')} <Link to="/sign-in">{t('portal.signUp.signInLink')}</Link>
      </p>
    </div>
  );
}
