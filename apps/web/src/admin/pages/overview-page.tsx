import { useTranslation } from 'react-i18next';
import type { AdminOverview } from '../../shared/api/api-types.ts';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { languageName } from '../../shared/i18n/language-name.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { StatusTag } from '../../shared/ui/status-tag.tsx';
import { useAdminTitle } from '../use-admin-title.ts';
import { DomainList } from './domain-list.tsx';

export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const { resource } = useApiResource<AdminOverview>('/api/admin/overview');
  useAdminTitle(t('admin.overview.title'));

  return (
    <ResourceView resource={resource}>
      {({ tenant, domains, modules, staffCount, residentCount }) => (
        <>
          <p className="page-caption">{t('admin.overview.caption')}</p>
          <div className="page-heading">
            <h1>{tenant.name}</h1>
            {/* Outside the /admin router: a full page load of the resident portal. */}
            <a href="/">{t('admin.overview.viewSite')}</a>
          </div>

          <ul className="stat-list" aria-label={t('admin.overview.people')}>
            <li className="stat">
              <span className="stat__value">{count(staffCount)}</span>
              <span className="stat__label">{t('admin.overview.staffCount')}</span>
            </li>
            <li className="stat">
              <span className="stat__value">{count(residentCount)}</span>
              <span className="stat__label">{t('admin.overview.residentCount')}</span>
            </li>
          </ul>

          <h2>{t('admin.overview.details')}</h2>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>{t('admin.overview.status')}</dt>
              <dd>
                <StatusTag status={tenant.status} />
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('admin.overview.slug')}</dt>
              <dd>
                <code>{tenant.slug}</code>
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('admin.overview.domains')}</dt>
              <dd>
                <DomainList domains={domains} />
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('admin.overview.locales')}</dt>
              <dd>{tenant.locales.map((l) => `${languageName(l)} (${l})`).join(', ')}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('admin.overview.defaultLocale')}</dt>
              <dd>{`${languageName(tenant.defaultLocale)} (${tenant.defaultLocale})`}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('admin.overview.timeZone')}</dt>
              <dd>{tenant.timeZone}</dd>
            </div>
          </dl>

          <h2>{t('admin.overview.modules')}</h2>
          {modules.length === 0 ? (
            <p className="empty-state empty-state--narrow">{t('admin.overview.noModules')}</p>
          ) : (
            <ul>
              {modules.map((m) => (
                <li key={m.id}>{localize(m.name, i18n.language)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </ResourceView>
  );
}
