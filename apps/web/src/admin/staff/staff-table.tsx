import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../shared/api/api-types.ts';
import type { DeclaredPermission } from '../../shared/api/staff-types.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { useSite } from '../../shared/api/site-context.tsx';
import { localize } from '../../shared/i18n/localize.ts';
import { formatDateTime } from '../../shared/ui/format-date-time.ts';

interface StaffTableProps {
  staff: StaffMember[];
  permissions: DeclaredPermission[];
  onEdit: (member: StaffMember) => void;
  onRemove: (member: StaffMember) => void;
}

/** The city's staff with their role, extra permissions and last sign-in; each row offers "Edit access" and "Remove". */
export function StaffTable({ staff, permissions, onEdit, onRemove }: StaffTableProps) {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const { user } = useSession();
  const describe = (id: string) => {
    const declared = permissions.find((p) => p.id === id);
    return declared ? localize(declared.description, i18n.language) : id;
  };
  if (staff.length === 0) return <p className="empty-state">{t('admin.staff.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('admin.staff.caption', { city: site.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.staff.name')}</th>
            <th scope="col">{t('admin.staff.email')}</th>
            <th scope="col">{t('admin.staff.role')}</th>
            <th scope="col">{t('admin.staff.extra')}</th>
            <th scope="col">{t('admin.staff.lastSignIn')}</th>
            <th scope="col">{t('admin.staff.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {s.displayName}
                {s.id === user?.id && <span className="table__sub">{t('admin.staff.you')}</span>}
              </th>
              <td>{s.email}</td>
              <td>{t(`admin.staff.roles.${s.role}`, { defaultValue: s.role })}</td>
              <td>{s.permissions.length === 0 ? t('admin.staff.noExtra') : s.permissions.map(describe).join('; ')}</td>
              <td>{s.lastSignInAt ? formatDateTime(s.lastSignInAt, i18n.language, site.timeZone) : t('admin.staff.never')}</td>
              <td>
                <div className="button-group">
                  <button className="button button--small button--secondary" type="button" id={`edit-access-${s.id}`} onClick={() => onEdit(s)}>
                    {t('admin.staff.editAccess')}
                    <span className="visually-hidden">{t('admin.staff.forName', { name: s.displayName })}</span>
                  </button>
                  <button className="button button--small button--secondary" type="button" onClick={() => onRemove(s)}>
                    {t('admin.staff.remove')}
                    <span className="visually-hidden">{t('admin.staff.forName', { name: s.displayName })}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
