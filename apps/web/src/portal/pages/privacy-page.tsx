import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { useSite } from '../../shared/api/site-context.tsx';

export function PrivacyPage() {
  const { t } = useTranslation();
  const site = useSite();
  const city = site.name;
  useDocumentTitle(t('portal.privacy.title'), city);
  return (
    <article className="prose">
      <h1>{t('portal.privacy.title')}</h1>
      <p className="lead">{t('portal.privacy.intro', { city })}</p>
      <h2>{t('portal.privacy.storedHeading')}</h2>
      <ul>
        <li>{t('portal.privacy.storedAccount')}</li>
        <li>{t('portal.privacy.storedCookie')}</li>
        <li>{t('portal.privacy.storedLanguage')}</li>
      </ul>
      <h2>{t('portal.privacy.notHeading')}</h2>
      <p>{t('portal.privacy.not')}</p>
      <h2>{t('portal.privacy.rightsHeading')}</h2>
      <p>{t('portal.privacy.rights')}</p>
    </article>
  );
}
