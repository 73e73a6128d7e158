import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { describeAccountError } from './describe-account-error.ts';

/** "Send the link again": a new verification email, for a signed-in resident whose address is not confirmed. */
export function ResendVerification({ email, label }: { email: string; label?: string }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function resend() {
    if (busy) return;
    setBusy(true);
    setSent(false);
    setError(null);
    try {
      await apiClient.post('/api/account/resend-verification');
      setSent(true);
    } catch (e) {
      // Confirmed meanwhile (another tab, another device): the session now says so, and the notice goes.
      if (e instanceof ApiError && e.code === 'already_verified') await refresh();
      else setError(describeAccountError(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="resend-verification">
      <button className="button button--secondary" type="button" onClick={resend} aria-disabled={busy || undefined}>
        {busy ? t('common.form.sending') : (label ?? t('portal.verifyNotice.resend'))}
      </button>
      <StatusMessage>{sent ? t('portal.verifyNotice.sent', { email }) : null}</StatusMessage>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
