import { useTranslation } from 'react-i18next';
import { RequireAdminRole } from '../require-admin-role.tsx';
import { useAdminTitle } from '../use-admin-title.ts';
import { StaffAdmin } from './staff-admin.tsx';

export function StaffPage() {
  const { t } = useTranslation();
  useAdminTitle(t('admin.staff.title'));
  return (
    <>
      <h1>{t('admin.staff.title')}</h1>
      <RequireAdminRole>
        <StaffAdmin />
      </RequireAdminRole>
    </>
  );
}
