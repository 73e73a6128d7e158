import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSite } from '../../shared/api/site-context.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { AccountSection } from './account-section.tsx';
import { DataExportSection } from './data-export-section.tsx';
import { DeleteAccountForm } from './delete-account-form.tsx';

/** `/account/privacy`: "Download my data" and "Delete my account". */
export function AccountPrivacyPage() {
  const { t } = useTranslation();
  const site = useSite();
  useDocumentTitle(t('portal.yourData.title'), site.name);
  return (
    <div className="account-page">
      <p className="back-link">
        <Link to="/account">{t('portal.yourData.back')}</Link>
      </p>
      <h1>{t('portal.yourData.title')}</h1>
      <p className="lead">{t('portal.yourData.intro', { city: site.name })}</p>
      <AccountSection id="export" title={t('portal.yourData.export.heading')}>
        <DataExportSection />
      </AccountSection>
      <AccountSection id="delete" title={t('portal.yourData.delete.heading')}>
        <DeleteAccountForm />
      </AccountSection>
    </div>
  );
}
