import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { TenantSummary } from '../../shared/api/api-types.ts';
import type { Entitlement } from '../../shared/api/module-types.ts';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { sortDomains } from '../../shared/ui/sort-domains.ts';
import { StatusTag } from '../../shared/ui/status-tag.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { EntitlementsForm } from './entitlements-form.tsx';

/** One city: its details and the modules its plan allows. */
export function CityPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { resource } = useApiResource<{ tenants: TenantSummary[] }>('/api/console/tenants');
  const tenant = resource.state === 'ready' ? resource.data.tenants.find((c) => c.slug === slug) : undefined;
  useDocumentTitle(tenant?.name ?? t('console.city.title'), `${t('console.tool')} – ${t('console.owner')}`);

  return (
    <>
      <p className="back-link">
        <Link to="/">{t('console.city.back')}</Link>
      </p>
      <ResourceView resource={resource}>
        {() =>
          tenant && resource.state === 'ready' ? (
            <>
              <h1>{tenant.name}</h1>
              <dl className="summary-list">
                <div className="summary-list__row">
                  <dt>{t('console.tenants.slug')}</dt>
                  <dd>
                    <code>{tenant.slug}</code>
                  </dd>
                </div>
                <div className="summary-list__row">
                  <dt>{t('console.tenants.status')}</dt>
                  <dd>
                    <StatusTag status={tenant.status} />
                  </dd>
                </div>
                <div className="summary-list__row">
                  <dt>{t('console.tenants.domains')}</dt>
                  <dd>{sortDomains(tenant.domains).map((d) => d.host).join(', ')}</dd>
                </div>
              </dl>
              <CityEntitlements tenant={tenant} cityNames={new Map(resource.data.tenants.map((c) => [c.slug, c.name]))} />
            </>
          ) : (
            <>
              <h1>{t('console.city.notFound')}</h1>
              <p>{t('console.city.notFoundText', { slug })}</p>
            </>
          )
        }
      </ResourceView>
    </>
  );
}

function CityEntitlements({ tenant, cityNames }: { tenant: TenantSummary; cityNames: Map<string, string> }) {
  const { t } = useTranslation();
  const { resource } = useApiResource<{ modules: Entitlement[] }>(`/api/console/tenants/${encodeURIComponent(tenant.id)}/entitlements`);
  return (
    <section aria-labelledby="entitlements-heading">
      <h2 id="entitlements-heading">{t('console.city.modulesHeading')}</h2>
      <ResourceView resource={resource}>{({ modules }) => <EntitlementsForm key={tenant.id} tenantId={tenant.id} cityName={tenant.name} modules={modules} cityNames={cityNames} />}</ResourceView>
    </section>
  );
}
