import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { ErrorSummary } from '../../shared/forms/error-summary.tsx';
import { isEmail } from '../../shared/forms/is-email.ts';
import { TextField } from '../../shared/forms/text-field.tsx';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { describeAccountError } from './describe-account-error.ts';

type Field = 'email' | 'password';
const FIELDS: Field[] = ['email', 'password'];
const fieldId = (f: Field) => `change-email-${f}`;

/** A new address takes effect only once the link sent to it is followed (`/confirm-email`). */
export function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useFormErrors<Field>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSentTo(null);
    const email = values.email.trim();
    const found: Partial<Record<Field, string>> = {};
    if (!isEmail(email)) found.email = t(email ? 'common.form.emailInvalid' : 'common.form.emailRequired');
    else if (email.toLowerCase() === currentEmail.toLowerCase()) found.email = t('portal.account.email.same');
    if (!values.password) found.password = t('portal.account.passwordRequired');
    if (Object.keys(found).length > 0) return form.fail(found);
    form.clear();
    setBusy(true);
    try {
      await apiClient.post('/api/account/email', { email, password: values.password });
      setSentTo(email);
      setValues({ email: '', password: '' });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'email_taken') form.fail({ email: t('portal.account.email.taken') });
      else if (error instanceof ApiError && 'password' in error.fields) form.fail({ password: t('portal.account.passwordWrong') });
      else if (error instanceof ApiError && 'email' in error.fields) form.fail({ email: t('common.form.emailInvalid') });
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
        id={fieldId('email')}
        name="email"
        type="email"
        inputMode="email"
        spellCheck={false}
        autoComplete="email"
        label={t('portal.account.email.newEmail')}
        hint={t('portal.account.email.newEmailHint')}
        value={values.email}
        error={form.errors.email}
        onChange={set('email')}
      />
      <TextField
        id={fieldId('password')}
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('portal.account.email.password')}
        hint={t('portal.account.email.passwordHint')}
        value={values.password}
        error={form.errors.password}
        onChange={set('password')}
      />
      <button className="button" type="submit" aria-disabled={busy || undefined}>
        {busy ? t('common.form.sending') : t('portal.account.email.submit')}
      </button>
      <StatusMessage>{sentTo ? t('portal.account.email.sent', { email: sentTo }) : null}</StatusMessage>
    </form>
  );
}
