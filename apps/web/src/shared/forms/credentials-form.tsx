import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryError } from './error-summary.tsx';
import { describeApiError } from './describe-api-error.ts';
import { isEmail } from './is-email.ts';
import { TextField } from './text-field.tsx';

interface CredentialsFormProps {
  /** Prefix for input ids, so two faces' forms never collide in tests or in the DOM. */
  idPrefix: string;
  /** Resolves when signed in; rejects with the API error otherwise. */
  onSubmit: (credentials: { email: string; password: string }) => Promise<void>;
  children?: ReactNode;
}

type Field = 'email' | 'password';

/** Email + password sign-in, shared by residents, staff and operators. */
export function CredentialsForm({ idPrefix, onSubmit, children }: CredentialsFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const id = (field: Field) => `${idPrefix}-${field}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const errors: Partial<Record<Field, string>> = {};
    if (!email.trim()) errors.email = t('common.form.emailRequired');
    else if (!isEmail(email)) errors.email = t('common.form.emailInvalid');
    if (!password) errors.password = t('common.form.passwordRequired');
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ email: email.trim(), password });
    } catch (error) {
      setFormError(describeApiError(error, t));
      setAttempt((n) => n + 1);
      setBusy(false);
    }
  }

  const summary: SummaryError[] = [
    ...(formError ? [{ message: formError }] : []),
    ...(['email', 'password'] as const).flatMap((f) => {
      const message = fieldErrors[f];
      return message ? [{ fieldId: id(f), message }] : [];
    }),
  ];

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <TextField
        id={id('email')}
        label={t('common.form.email')}
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        value={email}
        error={fieldErrors.email}
        onChange={setEmail}
      />
      <TextField
        id={id('password')}
        label={t('common.form.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        error={fieldErrors.password}
        onChange={setPassword}
      />
      {/* Not `disabled` while busy: that would drop keyboard focus to the page body. */}
      <button className="button" type="submit" aria-disabled={busy || undefined}>
        {busy ? t('common.form.signingIn') : t('common.form.signIn')}
      </button>
      {children}
    </form>
  );
}
