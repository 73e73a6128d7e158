import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { StaffMember } from '../../shared/api/api-types.ts';
import type { PermissionCatalogue, StaffInvitation } from '../../shared/api/staff-types.ts';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { EditAccessForm } from './edit-access-form.tsx';
import { InvitationList } from './invitation-list.tsx';
import { InviteForm } from './invite-form.tsx';
import { RemoveStaffDialog } from './remove-staff-dialog.tsx';
import { StaffTable } from './staff-table.tsx';

/** The staff list with access editing and removal, the pending invitations, and the invite form. */
export function StaffAdmin() {
  const { t } = useTranslation();
  const staff = useApiResource<{ staff: StaffMember[] }>('/api/admin/staff');
  const invitations = useApiResource<{ invitations: StaffInvitation[] }>('/api/admin/staff/invitations');
  const { resource: catalogue } = useApiResource<PermissionCatalogue>('/api/admin/permissions');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [removing, setRemoving] = useState<StaffMember | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  // Where focus goes once the control that had it is gone (a removed row, a revoked invitation).
  const [refocus, setRefocus] = useState<HTMLElement | null>(null);
  const membersHeading = useRef<HTMLHeadingElement>(null);
  const invitationsHeading = useRef<HTMLHeadingElement>(null);

  // Runs after the dialog's own effect, which returns focus to the button that opened it.
  useEffect(() => {
    if (!refocus) return;
    refocus.focus();
    setRefocus(null);
  }, [refocus]);

  const say = (message: string) => {
    setError(null);
    setStatus(message);
  };

  const closeEditor = () => {
    const button = editing && document.getElementById(`edit-access-${editing.id}`);
    setEditing(null);
    if (button) setRefocus(button);
  };

  async function revoke(invitation: StaffInvitation) {
    setRevoking(invitation.id);
    setStatus(null);
    setError(null);
    try {
      await apiClient.delete(`/api/admin/staff/invitations/${encodeURIComponent(invitation.id)}`);
      say(t('admin.staff.invitations.revoked', { email: invitation.email }));
      invitations.reload();
      setRefocus(invitationsHeading.current);
    } catch (e) {
      setError(describeApiError(e, t));
    } finally {
      setRevoking(null);
    }
  }

  return (
    <ResourceView resource={catalogue}>
      {(permissions) => (
        <>
          <StatusMessage>{status}</StatusMessage>
          {error && (
            <p className="inline-error" role="alert">
              {error}
            </p>
          )}

          <section aria-labelledby="staff-members-heading">
            <h2 id="staff-members-heading" ref={membersHeading} tabIndex={-1}>
              {t('admin.staff.membersHeading')}
            </h2>
            <ResourceView resource={staff.resource}>
              {({ staff: members }) => (
                <StaffTable
                  staff={members}
                  permissions={permissions.permissions}
                  onEdit={(member) => {
                    setStatus(null);
                    setEditing(member);
                  }}
                  onRemove={(member) => {
                    setStatus(null);
                    setRemoving(member);
                  }}
                />
              )}
            </ResourceView>
            {editing && (
              <EditAccessForm
                key={editing.id}
                member={editing}
                catalogue={permissions}
                onSaved={(message) => {
                  say(message);
                  staff.reload();
                  closeEditor();
                }}
                onCancel={closeEditor}
              />
            )}
          </section>

          <section aria-labelledby="staff-invitations-heading">
            <h2 id="staff-invitations-heading" ref={invitationsHeading} tabIndex={-1}>
              {t('admin.staff.invitations.heading')}
            </h2>
            <ResourceView resource={invitations.resource}>
              {({ invitations: pending }) => <InvitationList invitations={pending} revoking={revoking} onRevoke={(i) => void revoke(i)} />}
            </ResourceView>
          </section>

          <section aria-labelledby="staff-invite-heading">
            <h2 id="staff-invite-heading">{t('admin.staff.invite.heading')}</h2>
            <InviteForm
              catalogue={permissions}
              onInvited={(email) => {
                say(t('admin.staff.invite.sent', { email }));
                invitations.reload();
              }}
            />
          </section>

          <RemoveStaffDialog
            member={removing}
            onCancel={() => setRemoving(null)}
            onRemoved={(message) => {
              say(message);
              if (editing?.id === removing?.id) setEditing(null);
              setRemoving(null);
              staff.reload();
              setRefocus(membersHeading.current);
            }}
          />
        </>
      )}
    </ResourceView>
  );
}
