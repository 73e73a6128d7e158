import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { ErrorSummary } from '../../shared/forms/error-summary.tsx';
import { PASSWORD_MIN_LENGTH } from '../../shared/forms/password-min-length.ts';
import { TextField } from '../../shared/forms/text-field.tsx';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { describeAccountError, isLinkError } from './describe-account-error.ts';

const FIELD_ID = 'reset-password-password';

export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [linkFailed, setLinkFailed] = useState(false);
  const form = useFormErrors<'password'>();
  const min = PASSWORD_MIN_LENGTH;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (password.length < min) return form.fail({ password: t('portal.signUp.passwordTooShort', { min }) });
    form.clear();
    setBusy(true);
    try {
      await apiClient.post('/api/auth/password-reset/complete', { token, password });
      // Every session of the account ended with the old password: the layout re-reads this one.
      void navigate('/sign-in', { replace: true, state: { notice: 'passwordReset', sessionEnded: true } });
    } catch (error) {
      setBusy(false);
      setLinkFailed(isLinkError(error));
      if (error instanceof ApiError && 'password' in error.fields) return form.fail({ password: t('portal.signUp.passwordTooShort', { min }) });
      form.fail({}, describeAccountError(error, t));
    }
  }

  return (
    <>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={form.summary(['password'], () => FIELD_ID)} focusKey={form.attempt} />
        <TextField
          id={FIELD_ID}
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('portal.resetPassword.password')}
          hint={t('portal.signUp.passwordHint', { min })}
          value={password}
          error={form.errors.password}
          onChange={setPassword}
        />
        <button className="button" type="submit" aria-disabled={busy || undefined}>
          {busy ? t('portal.resetPassword.saving') : t('portal.resetPassword.submit')}
        </button>
      </form>
      {linkFailed && (
        <p className="form-aside">
          <Link to="/forgot-password">{t('portal.resetPassword.askNew')}</Link>
        </p>
      )}
    </>
  );
}
