import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useSite } from '../../shared/api/site-context.tsx';
import { RequireAdminRole } from '../require-admin-role.tsx';
import { useAdminTitle } from '../use-admin-title.ts';
import { AuditFilters, type AuditFilter } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';

export function AuditPage() {
  const { t } = useTranslation();
  const site = useSite();
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = { module: params.get('module') ?? '', actorId: params.get('actorId') ?? '' };
  useAdminTitle(t('admin.audit.title'));

  function change(next: Partial<AuditFilter>) {
    const merged = { ...filter, ...next };
    setParams(new URLSearchParams(Object.entries(merged).filter(([, v]) => v)), { replace: true });
  }

  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <p className="lead">{t('admin.audit.intro', { timeZone: site.timeZone })}</p>
      <RequireAdminRole>
        <AuditFilters filter={filter} onChange={change} />
        <AuditTable filter={filter} />
      </RequireAdminRole>
    </>
  );
}
