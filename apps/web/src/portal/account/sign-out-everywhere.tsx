import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.tsx';
import { describeAccountError } from './describe-account-error.ts';

/** Ends every session of the account, this one included, after a confirmation. */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await apiClient.post('/api/account/sign-out-everywhere');
      void navigate('/sign-in', { replace: true, state: { notice: 'signedOutEverywhere', sessionEnded: true } });
    } catch (e) {
      setError(describeAccountError(e, t));
      setBusy(false);
    }
  }

  const close = () => {
    setOpen(false);
    setError(null);
  };

  return (
    <>
      <p>{t('portal.account.everywhere.text')}</p>
      <button className="button button--secondary" type="button" onClick={() => setOpen(true)}>
        {t('portal.account.everywhere.button')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('portal.account.everywhere.confirmTitle')}
        busy={busy}
        onCancel={close}
        actions={
          <>
            <button className="button" type="button" onClick={confirm} aria-disabled={busy || undefined}>
              {busy ? t('portal.account.everywhere.working') : t('portal.account.everywhere.confirm')}
            </button>
            <button className="button button--secondary" type="button" data-autofocus onClick={busy ? undefined : close} aria-disabled={busy || undefined}>
              {t('portal.account.everywhere.cancel')}
            </button>
          </>
        }
      >
        <p>{t('portal.account.everywhere.confirmText')}</p>
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
