import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { ResidentProfile } from '../../shared/api/account-types.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { useSite } from '../../shared/api/site-context.tsx';
import { ErrorSummary } from '../../shared/forms/error-summary.tsx';
import { SelectField } from '../../shared/forms/select-field.tsx';
import { TextField } from '../../shared/forms/text-field.tsx';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { languageName } from '../../shared/i18n/language-name.ts';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { describeAccountError } from './describe-account-error.ts';
import { parseBirthYear } from './parse-birth-year.ts';

type Field = 'displayName' | 'district' | 'birthYear' | 'locale';
const FIELDS: Field[] = ['displayName', 'district', 'birthYear', 'locale'];
const fieldId = (f: Field) => `profile-${f}`;
// The select's value for "Not given": a district name is never empty.
const NO_DISTRICT = '';

/** Name, district (from the city's list), year of birth and the language of emails. */
export function ProfileForm({ profile, districts }: { profile: ResidentProfile; districts: string[] }) {
  const { t } = useTranslation();
  const site = useSite();
  const { refresh } = useSession();
  const [values, setValues] = useState<Record<Field, string>>({
    displayName: profile.displayName,
    district: profile.district ?? NO_DISTRICT,
    birthYear: profile.birthYear === null ? '' : String(profile.birthYear),
    locale: profile.locale && site.locales.includes(profile.locale) ? profile.locale : site.defaultLocale,
  });
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors<Field>();
  const thisYear = new Date().getFullYear();

  const messageFor = (field: Field): string => {
    if (field === 'displayName') return t('portal.signUp.displayNameRequired');
    if (field === 'birthYear') return t('portal.account.details.birthYearInvalid', { min: thisYear - 120, max: thisYear });
    return t('common.errors.generic');
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    const birthYear = parseBirthYear(values.birthYear, thisYear);
    const found: Partial<Record<Field, string>> = {};
    if (!values.displayName.trim()) found.displayName = messageFor('displayName');
    if (!birthYear.ok) found.birthYear = t('portal.account.details.birthYearInvalid', { min: birthYear.min, max: birthYear.max });
    if (Object.keys(found).length > 0 || !birthYear.ok) return form.fail(found);
    form.clear();
    setBusy(true);
    try {
      await apiClient.put('/api/account/profile', {
        displayName: values.displayName.trim(),
        district: values.district === NO_DISTRICT ? null : values.district,
        birthYear: birthYear.value,
        locale: values.locale,
      });
      setSaved(true);
      await refresh(); // the header greets the reader by the new name
    } catch (error) {
      const fields = error instanceof ApiError ? FIELDS.filter((f) => f in error.fields) : [];
      if (fields.length > 0) form.fail(Object.fromEntries(fields.map((f) => [f, messageFor(f)])));
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
        id={fieldId('displayName')}
        name="displayName"
        autoComplete="name"
        label={t('portal.signUp.displayName')}
        hint={t('portal.signUp.displayNameHint')}
        value={values.displayName}
        error={form.errors.displayName}
        onChange={set('displayName')}
      />
      {districts.length > 0 && (
        <SelectField
          id={fieldId('district')}
          name="district"
          label={t('portal.account.details.district')}
          hint={t('portal.account.details.districtHint')}
          options={[{ value: NO_DISTRICT, label: t('portal.account.details.notGiven') }, ...districts.map((d) => ({ value: d, label: d }))]}
          value={values.district}
          error={form.errors.district}
          onChange={set('district')}
        />
      )}
      <TextField
        id={fieldId('birthYear')}
        name="birthYear"
        className="input--year"
        inputMode="numeric"
        autoComplete="bday-year"
        maxLength={4}
        label={t('portal.account.details.birthYear')}
        hint={t('portal.account.details.birthYearHint')}
        value={values.birthYear}
        error={form.errors.birthYear}
        onChange={set('birthYear')}
      />
      {site.locales.length > 1 && (
        <SelectField
          id={fieldId('locale')}
          name="locale"
          label={t('portal.account.details.language')}
          hint={t('portal.account.details.languageHint')}
          options={site.locales.map((code) => ({ value: code, label: languageName(code), lang: code }))}
          value={values.locale}
          error={form.errors.locale}
          onChange={set('locale')}
        />
      )}
      <button className="button" type="submit" aria-disabled={busy || undefined}>
        {busy ? t('portal.account.saving') : t('portal.account.details.save')}
      </button>
      <StatusMessage>{saved ? t('portal.account.details.saved') : null}</StatusMessage>
    </form>
  );
}
