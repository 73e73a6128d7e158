import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { TenantSummary } from '../../shared/api/api-types.ts';
import type { Entitlement } from '../../shared/api/module-types.ts';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import type { CityExport } from '../console-types.ts';
import { CityDomainsSection } from '../lifecycle/city-domains-section.tsx';
import { CityExportsSection } from '../lifecycle/city-exports-section.tsx';
import { CityStatusSection } from '../lifecycle/city-status-section.tsx';
import { DangerZone } from '../lifecycle/danger-zone.tsx';
import { useCityDeletion } from '../lifecycle/use-city-deletion.ts';
import { usePoll } from '../use-poll.ts';
import { EntitlementsForm } from './entitlements-form.tsx';

/** One city: its status, domains, the modules its plan allows, its exports, and deleting it. */
export function CityPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { resource, reload } = useApiResource<{ tenants: TenantSummary[] }>('/api/console/tenants');
  const tenant = resource.state === 'ready' ? resource.data.tenants.find((c) => c.slug === slug) : undefined;
  useDocumentTitle(tenant?.name ?? t('console.city.title'), `${t('console.tool')} – ${t('console.owner')}`);

  return (
    <>
      <p className="back-link">
        <Link to="/">{t('console.city.back')}</Link>
      </p>
      <ResourceView resource={resource}>
        {({ tenants }) =>
          tenant ? (
            <CityDetails key={tenant.id} tenant={tenant} cityNames={new Map(tenants.map((c) => [c.slug, c.name]))} reload={reload} />
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

function CityDetails({ tenant, cityNames, reload }: { tenant: TenantSummary; cityNames: Map<string, string>; reload: () => void }) {
  const { t } = useTranslation();
  const base = `/api/console/tenants/${encodeURIComponent(tenant.id)}`;
  const exports = useApiResource<{ exports: CityExport[] }>(`${base}/exports`);
  const rows = exports.resource.state === 'ready' ? exports.resource.data.exports : [];
  usePoll(
    rows.some((e) => e.status === 'running'),
    exports.resource,
    exports.reload,
  );
  const { deletion, reload: reloadDeletion } = useCityDeletion(tenant.id);
  const locked = deletion?.status === 'running';

  return (
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
          <dt>{t('console.tenants.locales')}</dt>
          <dd>{tenant.locales.map((l) => (l === tenant.defaultLocale ? t('console.tenants.defaultLocale', { locale: l }) : l)).join(', ')}</dd>
        </div>
      </dl>
      <CityStatusSection tenant={tenant} onChanged={reload} locked={locked} />
      <CityDomainsSection tenant={tenant} onChanged={reload} />
      <CityEntitlements tenant={tenant} cityNames={cityNames} />
      <CityExportsSection tenantId={tenant.id} exports={exports.resource} reload={exports.reload} locked={locked} />
      <DangerZone
        tenant={tenant}
        exported={rows.some((e) => e.status === 'succeeded')}
        deletion={deletion}
        // Not the city list: the city may be gone from it before the deletion is seen to finish,
        // and this page must stay to say so and go back to the list.
        onRequested={reloadDeletion}
      />
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
