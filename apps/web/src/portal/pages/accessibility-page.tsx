import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { useSite } from '../../shared/api/site-context.tsx';

export function AccessibilityPage() {
  const { t } = useTranslation();
  const site = useSite();
  const city = site.name;
  useDocumentTitle(t('portal.accessibility.title'), city);
  return (
    <article className="prose">
      <h1>{t('portal.accessibility.title')}</h1>
      <p className="lead">{t('portal.accessibility.intro', { city })}</p>
      <h2>{t('portal.accessibility.statusHeading')}</h2>
      <p>{t('portal.accessibility.status')}</p>
      <h2>{t('portal.accessibility.limitsHeading')}</h2>
      <p>{t('portal.accessibility.limits')}</p>
      <h2>{t('portal.accessibility.contactHeading')}</h2>
      <p>{t('portal.accessibility.contact', { city })}</p>
    </article>
  );
}
