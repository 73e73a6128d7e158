import { useTranslation } from 'react-i18next';
import type { StaffInvitation } from '../../shared/api/staff-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { formatDateTime } from '../../shared/ui/format-date-time.ts';

interface InvitationListProps {
  invitations: StaffInvitation[];
  /** The invitation being revoked, if any: its button says so and does nothing more. */
  revoking: string | null;
  onRevoke: (invitation: StaffInvitation) => void;
}

/** Invitations sent and not yet accepted; revoking one makes its emailed link stop working. */
export function InvitationList({ invitations, revoking, onRevoke }: InvitationListProps) {
  const { t, i18n } = useTranslation();
  const site = useSite();
  if (invitations.length === 0) return <p className="empty-state empty-state--narrow">{t('admin.staff.invitations.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('admin.staff.invitations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.staff.invitations.email')}</th>
            <th scope="col">{t('admin.staff.invitations.role')}</th>
            <th scope="col">{t('admin.staff.invitations.invitedBy')}</th>
            <th scope="col">{t('admin.staff.invitations.expires')}</th>
            <th scope="col">{t('admin.staff.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.email}</th>
              <td>{t(`admin.staff.roles.${i.role}`, { defaultValue: i.role })}</td>
              <td>{i.invitedBy ?? '—'}</td>
              <td>{formatDateTime(i.expiresAt, i18n.language, site.timeZone)}</td>
              <td>
                <button
                  className="button button--small button--secondary"
                  type="button"
                  aria-disabled={revoking === i.id || undefined}
                  onClick={() => revoking === null && onRevoke(i)}
                >
                  {t('admin.staff.invitations.revoke')}
                  <span className="visually-hidden">{t('admin.staff.invitations.revokeSuffix', { email: i.email })}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
