import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { TenantSummary } from '../../shared/api/api-types.ts';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { formatDate } from '../../shared/ui/format-date.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { sortDomains } from '../../shared/ui/sort-domains.ts';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { StatusTag } from '../../shared/ui/status-tag.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { RecentRuns } from '../provisioning/recent-runs.tsx';

export function TenantsPage() {
  const { t, i18n } = useTranslation();
  const { resource } = useApiResource<{ tenants: TenantSummary[] }>('/api/console/tenants');
  // A city page that finished deleting its city comes back here and says so, once: not again on reload.
  const location = useLocation();
  const navigate = useNavigate();
  const [notice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? null);
  useEffect(() => {
    if (location.state) void navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);
  useDocumentTitle(t('console.tenants.title'), `${t('console.tool')} – ${t('console.owner')}`);

  return (
    <>
      <div className="page-heading">
        <h1>{t('console.tenants.title')}</h1>
        <Link className="button" to="/cities/new">
          {t('console.tenants.newCity')}
        </Link>
      </div>
      {/* After the heading, where focus lands on arrival, so it is read next. */}
      <StatusMessage>{notice}</StatusMessage>
      <p className="lead">{t('console.tenants.intro')}</p>
      <ResourceView resource={resource}>
        {({ tenants }) =>
          tenants.length === 0 ? (
            <p className="empty-state">{t('console.tenants.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption>
                  {t('console.tenants.caption')} <span className="table__count">({t('console.tenants.count', { count: tenants.length })})</span>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('console.tenants.name')}</th>
                    <th scope="col">{t('console.tenants.slug')}</th>
                    <th scope="col">{t('console.tenants.status')}</th>
                    <th scope="col">{t('console.tenants.domains')}</th>
                    <th scope="col">{t('console.tenants.locales')}</th>
                    <th scope="col">{t('console.tenants.created')}</th>
                  </tr>
                </thead>
                <tbody>
                  {tenants.map((tenant) => (
                    <tr key={tenant.id}>
                      <th scope="row">
                        <Link to={`/cities/${encodeURIComponent(tenant.slug)}`}>{tenant.name}</Link>
                      </th>
                      <td>
                        <code>{tenant.slug}</code>
                      </td>
                      <td>
                        <StatusTag status={tenant.status} />
                      </td>
                      <td>
                        <ul className="plain-list">
                          {sortDomains(tenant.domains).map((d) => (
                            <li key={d.host}>
                              <code>{d.host}</code> {d.primary && <span className="tag tag--primary">{t('console.tenants.primary')}</span>}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        {tenant.locales.map((l) => (l === tenant.defaultLocale ? t('console.tenants.defaultLocale', { locale: l }) : l)).join(', ')}
                      </td>
                      <td className="nowrap">
                        <time dateTime={tenant.createdAt}>{formatDate(tenant.createdAt, i18n.language)}</time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </ResourceView>
      <RecentRuns />
    </>
  );
}
