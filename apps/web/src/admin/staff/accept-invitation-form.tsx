import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { ErrorSummary } from '../../shared/forms/error-summary.tsx';
import { PASSWORD_MIN_LENGTH } from '../../shared/forms/password-min-length.ts';
import { TextField } from '../../shared/forms/text-field.tsx';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';

type Field = 'displayName' | 'password';
const FIELDS: Field[] = ['displayName', 'password'];
const fieldId = (f: Field) => `accept-invitation-${f}`;

/** Name and password of the new staff account; accepting signs in and lands on the overview. */
export function AcceptInvitationForm({ token, cityName }: { token: string; cityName: string }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>({ displayName: '', password: '' });
  const [busy, setBusy] = useState(false);
  const form = useFormErrors<Field>();
  const min = PASSWORD_MIN_LENGTH;
  const messages: Record<Field, string> = {
    displayName: t('admin.acceptInvitation.displayNameRequired'),
    password: t('admin.acceptInvitation.passwordTooShort', { min }),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<Field, string>> = {};
    if (!values.displayName.trim()) found.displayName = messages.displayName;
    if (values.password.length < min) found.password = messages.password;
    if (Object.keys(found).length > 0) return form.fail(found);
    form.clear();
    setBusy(true);
    try {
      await apiClient.post('/api/auth/staff/accept-invitation', { token, displayName: values.displayName.trim(), password: values.password });
      await refresh();
      void navigate('/', { replace: true });
    } catch (error) {
      setBusy(false);
      const fields = error instanceof ApiError ? FIELDS.filter((f) => f in error.fields) : [];
      if (fields.length > 0) return form.fail(Object.fromEntries(fields.map((f) => [f, messages[f]])));
      form.fail({}, describeApiError(error, t));
    }
  }

  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={form.summary(FIELDS, fieldId)} focusKey={form.attempt} />
      <TextField
        id={fieldId('displayName')}
        name="displayName"
        autoComplete="name"
        label={t('admin.acceptInvitation.displayName')}
        hint={t('admin.acceptInvitation.displayNameHint')}
        value={values.displayName}
        error={form.errors.displayName}
        onChange={set('displayName')}
      />
      <TextField
        id={fieldId('password')}
        name="password"
        type="password"
        autoComplete="new-password"
        label={t('admin.acceptInvitation.password')}
        hint={t('admin.acceptInvitation.passwordHint', { min })}
        value={values.password}
        error={form.errors.password}
        onChange={set('password')}
      />
      <button className="button" type="submit" aria-disabled={busy || undefined}>
        {busy ? t('admin.acceptInvitation.joining') : t('admin.acceptInvitation.submit', { city: cityName })}
      </button>
    </form>
  );
}
