import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../shared/api/api-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { formatDateTime } from '../../shared/ui/format-date-time.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { RequireAdminRole } from '../require-admin-role.tsx';
import { useAdminTitle } from '../use-admin-title.ts';

export function StaffPage() {
  const { t } = useTranslation();
  useAdminTitle(t('admin.staff.title'));
  return (
    <>
      <h1>{t('admin.staff.title')}</h1>
      <RequireAdminRole>
        <StaffTable />
      </RequireAdminRole>
    </>
  );
}

function StaffTable() {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const { resource } = useApiResource<{ staff: StaffMember[] }>('/api/admin/staff');
  return (
    <ResourceView resource={resource}>
      {({ staff }) =>
        staff.length === 0 ? (
          <p className="empty-state">{t('admin.staff.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption>{t('admin.staff.caption', { city: site.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.staff.name')}</th>
                  <th scope="col">{t('admin.staff.email')}</th>
                  <th scope="col">{t('admin.staff.role')}</th>
                  <th scope="col">{t('admin.staff.lastSignIn')}</th>
                </tr>
              </thead>
              <tbody>
                {staff.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.displayName}</th>
                    <td>{s.email}</td>
                    <td>{t(`admin.staff.roles.${s.role}`, { defaultValue: s.role })}</td>
                    <td>
                      {s.lastSignInAt ? formatDateTime(s.lastSignInAt, i18n.language, site.timeZone) : t('admin.staff.never')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </ResourceView>
  );
}
