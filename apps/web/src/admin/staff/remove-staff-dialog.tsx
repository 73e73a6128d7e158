import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { StaffMember } from '../../shared/api/api-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.tsx';

interface RemoveStaffDialogProps {
  /** Who to remove; null keeps the dialog closed. */
  member: StaffMember | null;
  onRemoved: (message: string) => void;
  onCancel: () => void;
}

/** Confirms a removal; a refusal (409 `last_admin`) is shown in the dialog with only "Close" left. */
export function RemoveStaffDialog({ member, onRemoved, onCancel }: RemoveStaffDialogProps) {
  const { t } = useTranslation();
  const site = useSite();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const busyProps = { 'aria-disabled': busy || undefined };

  async function remove() {
    if (!member || busy) return;
    setBusy(true);
    try {
      await apiClient.delete(`/api/admin/staff/${encodeURIComponent(member.id)}`);
      setRefusal(null);
      onRemoved(t('admin.staff.removal.done', { name: member.displayName }));
    } catch (error) {
      setRefusal(describeApiError(error, t));
    } finally {
      setBusy(false);
    }
  }

  const close = () => {
    setRefusal(null);
    onCancel();
  };

  return (
    <ConfirmDialog
      open={member !== null}
      title={member ? t('admin.staff.removal.title', { name: member.displayName }) : ''}
      busy={busy}
      onCancel={close}
      actions={
        refusal ? (
          <button className="button button--secondary" type="button" data-autofocus onClick={close}>
            {t('admin.staff.removal.close')}
          </button>
        ) : (
          <>
            <button className="button" type="button" onClick={remove} {...busyProps}>
              {busy ? t('admin.staff.removal.working') : t('admin.staff.removal.confirm')}
            </button>
            <button className="button button--secondary" type="button" data-autofocus onClick={busy ? undefined : close} {...busyProps}>
              {t('admin.staff.removal.cancel')}
            </button>
          </>
        )
      }
    >
      {member && <p>{t('admin.staff.removal.text', { name: member.displayName, email: member.email, city: site.name })}</p>}
      {refusal && (
        <p className="inline-error" role="alert">
          {refusal}
        </p>
      )}
    </ConfirmDialog>
  );
}
