import { useTranslation } from 'react-i18next';
import { useSite } from '../../shared/api/site-context.tsx';
import { RequireAdminRole } from '../require-admin-role.tsx';
import { useAdminTitle } from '../use-admin-title.ts';
import { AuditTable } from './audit-table.tsx';

export function AuditPage() {
  const { t } = useTranslation();
  const site = useSite();
  useAdminTitle(t('admin.audit.title'));
  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <p className="lead">{t('admin.audit.intro', { timeZone: site.timeZone })}</p>
      <RequireAdminRole>
        <AuditTable />
      </RequireAdminRole>
    </>
  );
}
