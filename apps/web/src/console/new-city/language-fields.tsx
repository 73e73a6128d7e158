import { useTranslation } from 'react-i18next';
import { SelectField } from '../../shared/forms/select-field.tsx';
import { languageName } from '../../shared/i18n/language-name.ts';
import { CITY_LOCALES, type CityLocale } from '../console-types.ts';
import { describedBy, FieldError } from '../forms/field-error.tsx';

interface LanguageFieldsProps {
  idPrefix: string;
  locales: CityLocale[];
  defaultLocale: CityLocale | '';
  errors: { locales?: string; defaultLocale?: string };
  onChange: (locales: CityLocale[], defaultLocale: CityLocale | '') => void;
}

export const localeCheckboxId = (idPrefix: string, locale: CityLocale) => `${idPrefix}-locale-${locale}`;

/** The city's languages as checkboxes, and its default among the ticked ones only. */
export function LanguageFields({ idPrefix, locales, defaultLocale, errors, onChange }: LanguageFieldsProps) {
  const { t } = useTranslation();

  function toggle(locale: CityLocale, on: boolean) {
    const next = CITY_LOCALES.filter((l) => (l === locale ? on : locales.includes(l)));
    // The default follows the ticks: kept while ticked, else the first one left.
    const nextDefault = defaultLocale && next.includes(defaultLocale) ? defaultLocale : (next[0] ?? '');
    onChange(next, nextDefault);
  }

  return (
    <>
      <fieldset
        className={errors.locales ? 'field field--error' : 'field'}
        aria-describedby={describedBy(`${idPrefix}-locales-hint`, errors.locales && `${idPrefix}-locales-error`)}
      >
        <legend className="fieldset__legend">{t('console.newCity.locales')}</legend>
        <p className="field__hint" id={`${idPrefix}-locales-hint`}>
          {t('console.newCity.localesHint')}
        </p>
        <FieldError id={`${idPrefix}-locales-error`} message={errors.locales} />
        <ul className="checkbox-list checkbox-list--inline">
          {CITY_LOCALES.map((locale) => (
            <li className="checkbox-row" key={locale}>
              <input
                className="checkbox"
                type="checkbox"
                id={localeCheckboxId(idPrefix, locale)}
                checked={locales.includes(locale)}
                onChange={(e) => toggle(locale, e.target.checked)}
              />
              <label htmlFor={localeCheckboxId(idPrefix, locale)} lang={locale}>
                {languageName(locale)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SelectField
        id={`${idPrefix}-default-locale`}
        label={t('console.newCity.defaultLocale')}
        hint={t('console.newCity.defaultLocaleHint')}
        error={errors.defaultLocale}
        value={defaultLocale}
        options={
          locales.length > 0
            ? locales.map((l) => ({ value: l, label: languageName(l), lang: l }))
            : [{ value: '', label: t('console.newCity.defaultLocaleNone') }]
        }
        onChange={(value) => onChange(locales, value as CityLocale)}
      />
    </>
  );
}
