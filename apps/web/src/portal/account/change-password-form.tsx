import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { ErrorSummary } from '../../shared/forms/error-summary.tsx';
import { PASSWORD_MIN_LENGTH } from '../../shared/forms/password-min-length.ts';
import { TextField } from '../../shared/forms/text-field.tsx';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { describeAccountError } from './describe-account-error.ts';

type Field = 'currentPassword' | 'newPassword';
const FIELDS: Field[] = ['currentPassword', 'newPassword'];
const fieldId = (f: Field) => `change-password-${f}`;

/** Changing the password ends every other session; this one goes on under a new session id. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '' });
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors<Field>();
  const min = PASSWORD_MIN_LENGTH;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    const found: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) found.currentPassword = t('portal.account.currentRequired');
    if (values.newPassword.length < min) found.newPassword = t('portal.signUp.passwordTooShort', { min });
    if (Object.keys(found).length > 0) return form.fail(found);
    form.clear();
    setBusy(true);
    try {
      await apiClient.post('/api/account/password', values);
      setValues({ currentPassword: '', newPassword: '' });
      setSaved(true);
      await refresh(); // the session was re-established: a new CSRF token goes with it
    } catch (error) {
      if (error instanceof ApiError && 'currentPassword' in error.fields) form.fail({ currentPassword: t('portal.account.currentWrong') });
      else if (error instanceof ApiError && 'newPassword' in error.fields) form.fail({ newPassword: t('portal.signUp.passwordTooShort', { min }) });
      else form.fail({}, describeAccountError(error, t));
    } finally {
      setBusy(false);
    }
  }

  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={form.summary(FIELDS, fieldId)} focusKey={form.attempt} />
      <TextField
        id={fieldId('currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t('portal.account.password.current')}
        value={values.currentPassword}
        error={form.errors.currentPassword}
        onChange={set('currentPassword')}
      />
      <TextField
        id={fieldId('newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t('portal.account.password.new')}
        hint={t('portal.signUp.passwordHint', { min })}
        value={values.newPassword}
        error={form.errors.newPassword}
        onChange={set('newPassword')}
      />
      <button className="button" type="submit" aria-disabled={busy || undefined}>
        {busy ? t('portal.account.saving') : t('portal.account.password.submit')}
      </button>
      <StatusMessage>{saved ? t('portal.account.password.saved') : null}</StatusMessage>
    </form>
  );
}
