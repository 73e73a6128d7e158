import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { ErrorSummary } from '../../shared/forms/error-summary.tsx';
import { TextField } from '../../shared/forms/text-field.tsx';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { describeAccountError } from './describe-account-error.ts';

type Field = 'password' | 'confirm';
const FIELDS: Field[] = ['password', 'confirm'];
const fieldId = (f: Field) => `delete-account-${f}`;
/** The API wants this exact word, whatever the page language. */
const CONFIRM_WORD = 'DELETE';

/**
 * "Delete my account": the consequences first, then the password and the typed word, which are the
 * confirmation. The session ends with the account; the home page says it is done.
 */
export function DeleteAccountForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>({ password: '', confirm: '' });
  const [busy, setBusy] = useState(false);
  const form = useFormErrors<Field>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<Field, string>> = {};
    if (!values.password) found.password = t('portal.account.passwordRequired');
    if (values.confirm.trim() !== CONFIRM_WORD) found.confirm = t('portal.yourData.delete.confirmWrong');
    if (Object.keys(found).length > 0) return form.fail(found);
    form.clear();
    setBusy(true);
    try {
      await apiClient.delete('/api/account', { password: values.password, confirm: CONFIRM_WORD });
      void navigate('/', { replace: true, state: { notice: 'accountDeleted', sessionEnded: true } });
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && 'password' in error.fields) return form.fail({ password: t('portal.account.passwordWrong') });
      if (error instanceof ApiError && 'confirm' in error.fields) return form.fail({ confirm: t('portal.yourData.delete.confirmWrong') });
      form.fail({}, describeAccountError(error, t));
    }
  }

  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  return (
    <>
      <p>{t('portal.yourData.delete.intro')}</p>
      <ul>
        <li>{t('portal.yourData.delete.consequenceAccount')}</li>
        <li>{t('portal.yourData.delete.consequenceServices')}</li>
        <li>{t('portal.yourData.delete.consequenceSession')}</li>
      </ul>
      <p className="delete-warning">{t('portal.yourData.delete.undo')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={form.summary(FIELDS, fieldId)} focusKey={form.attempt} />
        <TextField
          id={fieldId('password')}
          name="password"
          type="password"
          autoComplete="current-password"
          label={t('portal.yourData.delete.password')}
          value={values.password}
          error={form.errors.password}
          onChange={set('password')}
        />
        <TextField
          id={fieldId('confirm')}
          name="confirm"
          className="input--word"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          label={t('portal.yourData.delete.confirm')}
          hint={t('portal.yourData.delete.confirmHint')}
          value={values.confirm}
          error={form.errors.confirm}
          onChange={set('confirm')}
        />
        <button className="button" type="submit" aria-disabled={busy || undefined}>
          {busy ? t('portal.yourData.delete.deleting') : t('portal.yourData.delete.submit')}
        </button>
      </form>
    </>
  );
}
