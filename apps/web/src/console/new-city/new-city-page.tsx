import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TenantSummary } from '../../shared/api/api-types.ts';
import type { Entitlement } from '../../shared/api/module-types.ts';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { NewCityForm } from './new-city-form.tsx';

/** `/cities/new`: the form that starts provisioning a city. */
export function NewCityPage() {
  const { t } = useTranslation();
  const { resource } = useApiResource<{ tenants: TenantSummary[] }>('/api/console/tenants');
  useDocumentTitle(t('console.newCity.title'), `${t('console.tool')} – ${t('console.owner')}`);

  return (
    <>
      <p className="back-link">
        <Link to="/">{t('console.city.back')}</Link>
      </p>
      <h1>{t('console.newCity.title')}</h1>
      <p className="lead">{t('console.newCity.intro')}</p>
      <ResourceView resource={resource}>{({ tenants }) => (tenants.length > 0 ? <WithModules tenants={tenants} /> : <NewCityForm cities={tenants} modules={[]} />)}</ResourceView>
    </>
  );
}

// The console API lists installed modules per city (with `entitled` for that city): any city's list has them all.
function WithModules({ tenants }: { tenants: TenantSummary[] }) {
  const { resource } = useApiResource<{ modules: Entitlement[] }>(`/api/console/tenants/${encodeURIComponent(tenants[0]!.id)}/entitlements`);
  return <ResourceView resource={resource}>{({ modules }) => <NewCityForm cities={tenants} modules={modules} />}</ResourceView>;
}
