import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { useSite } from '../../shared/api/site-context.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  const site = useSite();
  useDocumentTitle(t('portal.notFound.title'), site.name);
  return (
    <div className="prose">
      <h1>{t('portal.notFound.title')}</h1>
      <p>{t('portal.notFound.text')}</p>
      <p>
        <Link to="/">{t('portal.notFound.homeLink')}</Link>
      </p>
    </div>
  );
}
