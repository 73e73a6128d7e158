import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { ErrorSummary } from '../../shared/forms/error-summary.tsx';
import { isEmail } from '../../shared/forms/is-email.ts';
import { TextField } from '../../shared/forms/text-field.tsx';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { describeAccountError } from './describe-account-error.ts';

const FIELD_ID = 'forgot-password-email';

/** `/forgot-password`: asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const site = useSite();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors<'email'>();
  useDocumentTitle(t('portal.forgotPassword.title'), site.name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSentTo(null);
    if (!isEmail(email)) return form.fail({ email: t(email.trim() ? 'common.form.emailInvalid' : 'common.form.emailRequired') });
    form.clear();
    setBusy(true);
    try {
      await apiClient.post('/api/auth/password-reset/request', { email: email.trim() });
      setSentTo(email.trim());
    } catch (error) {
      form.fail({}, describeAccountError(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <h1>{t('portal.forgotPassword.title')}</h1>
      <p className="lead">{t('portal.forgotPassword.intro', { city: site.name })}</p>
      <StatusMessage>{sentTo ? t('portal.forgotPassword.sent', { email: sentTo }) : null}</StatusMessage>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={form.summary(['email'], () => FIELD_ID)} focusKey={form.attempt} />
        <TextField
          id={FIELD_ID}
          name="email"
          type="email"
          inputMode="email"
          spellCheck={false}
          autoComplete="email"
          label={t('common.form.email')}
          value={email}
          error={form.errors.email}
          onChange={setEmail}
        />
        <button className="button" type="submit" aria-disabled={busy || undefined}>
          {busy ? t('common.form.sending') : t('portal.forgotPassword.submit')}
        </button>
      </form>
      <p className="form-aside">
        <Link to="/sign-in">{t('portal.forgotPassword.back')}</Link>
      </p>
    </div>
  );
}
