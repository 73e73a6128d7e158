import { AA_TEXT_RATIO } from '@civitas/branding';
import { useTranslation } from 'react-i18next';
import type { AdminOverview } from '../../shared/api/api-types.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { useAdminTitle } from '../use-admin-title.ts';
import { BrandingForm } from './branding-form.tsx';

export function BrandingPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  // The overview carries the saved branding as the database has it (the site endpoint may be cached).
  const { resource } = useApiResource<AdminOverview>('/api/admin/overview');
  const readOnly = user?.role !== 'admin';
  useAdminTitle(t('admin.branding.title'));

  return (
    <>
      <h1 id="branding-heading">{t('admin.branding.title')}</h1>
      <p className="lead">{t('admin.branding.intro', { ratio: AA_TEXT_RATIO })}</p>
      {readOnly && <p className="notice notice--info">{t('admin.branding.readOnly')}</p>}
      <ResourceView resource={resource}>
        {({ tenant }) => <BrandingForm initial={tenant.branding} cityName={tenant.name} readOnly={readOnly} />}
      </ResourceView>
    </>
  );
}
