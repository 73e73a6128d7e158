import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { ErrorSummary, type SummaryError } from '../../shared/forms/error-summary.tsx';
import { isEmail } from '../../shared/forms/is-email.ts';
import { TextField } from '../../shared/forms/text-field.tsx';
import { PASSWORD_MIN_LENGTH } from '../../shared/forms/password-min-length.ts';

type Field = 'displayName' | 'email' | 'password';
const FIELDS: Field[] = ['displayName', 'email', 'password'];
const fieldId = (f: Field) => `sign-up-${f}`;

export function SignUpForm() {
  const { t, i18n } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const min = PASSWORD_MIN_LENGTH;

  // The server's field messages are English fragments; ours say the same in the page language.
  const messageFor = (field: Field, value: string): string =>
    field === 'displayName'
      ? t('portal.signUp.displayNameRequired')
      : field === 'email'
        ? value.trim()
          ? t('common.form.emailInvalid')
          : t('common.form.emailRequired')
        : t('portal.signUp.passwordTooShort', { min });

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!values.displayName.trim()) found.displayName = messageFor('displayName', '');
    if (!isEmail(values.email)) found.email = messageFor('email', values.email);
    if (values.password.length < min) found.password = messageFor('password', values.password);
    return found;
  }

  function fail(fieldErrors: Partial<Record<Field, string>>, message: string | null = null) {
    setErrors(fieldErrors);
    setFormError(message);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = validate();
    if (Object.keys(found).length > 0) return fail(found);
    setBusy(true);
    try {
      await apiClient.post('/api/auth/resident/sign-up', {
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        password: values.password,
        locale: i18n.language,
      });
      await refresh();
      void navigate('/', { state: { notice: 'accountCreated' } });
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.code === 'email_taken') {
        return fail({ email: t('portal.signUp.emailTaken') });
      }
      const serverFields = error instanceof ApiError ? FIELDS.filter((f) => f in error.fields) : [];
      if (serverFields.length > 0) {
        return fail(Object.fromEntries(serverFields.map((f) => [f, messageFor(f, values[f])])));
      }
      fail({}, describeApiError(error, t));
    }
  }

  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const summary: SummaryError[] = [
    ...(formError ? [{ message: formError }] : []),
    ...FIELDS.flatMap((f) => (errors[f] ? [{ fieldId: fieldId(f), message: errors[f] }] : [])),
  ];

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <TextField
        id={fieldId('displayName')}
        name="displayName"
        label={t('portal.signUp.displayName')}
        hint={t('portal.signUp.displayNameHint')}
        autoComplete="name"
        value={values.displayName}
        error={errors.displayName}
        onChange={set('displayName')}
      />
      <TextField
        id={fieldId('email')}
        name="email"
        type="email"
        inputMode="email"
        spellCheck={false}
        label={t('common.form.email')}
        hint={t('portal.signUp.emailHint')}
        autoComplete="email"
        value={values.email}
        error={errors.email}
        onChange={set('email')}
      />
      <TextField
        id={fieldId('password')}
        name="password"
        type="password"
        label={t('portal.signUp.password')}
        hint={t('portal.signUp.passwordHint', { min })}
        autoComplete="new-password"
        value={values.password}
        error={errors.password}
        onChange={set('password')}
      />
      {/* Not `disabled` while busy: that would drop keyboard focus to the page body. */}
      <button className="button" type="submit" aria-disabled={busy || undefined}>
        {busy ? t('portal.signUp.creating') : t('portal.signUp.submit')}
      </button>
    </form>
  );
}
