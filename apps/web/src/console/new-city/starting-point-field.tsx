import { useTranslation } from 'react-i18next';
import type { TenantSummary } from '../../shared/api/api-types.ts';
import { SelectField } from '../../shared/forms/select-field.tsx';

interface StartingPointFieldProps {
  idPrefix: string;
  cities: TenantSummary[];
  start: 'blank' | 'copy';
  copyFrom: string;
  error?: string;
  onChange: (start: 'blank' | 'copy', copyFrom: string) => void;
}

export const copyFromId = (idPrefix: string) => `${idPrefix}-copy-from`;

/** Blank, or a copy of another city's modules, settings and branding; the city to copy shows once chosen. */
export function StartingPointField({ idPrefix, cities, start, copyFrom, error, onChange }: StartingPointFieldProps) {
  const { t } = useTranslation();
  const options = [
    { value: 'blank', label: t('console.newCity.startBlank'), hint: t('console.newCity.startBlankHint') },
    { value: 'copy', label: t('console.newCity.startCopy'), hint: t('console.newCity.startCopyHint') },
  ] as const;
  return (
    <fieldset className="field">
      <legend className="fieldset__legend">{t('console.newCity.start')}</legend>
      <ul className="checkbox-list">
        {options.map((o) => {
          const id = `${idPrefix}-start-${o.value}`;
          return (
            <li className="checkbox-row" key={o.value}>
              <input
                className="checkbox"
                type="radio"
                name={`${idPrefix}-start`}
                id={id}
                value={o.value}
                checked={start === o.value}
                aria-describedby={`${id}-hint`}
                onChange={() => onChange(o.value, copyFrom)}
              />
              <div>
                <label htmlFor={id}>{o.label}</label>
                <span className="table__sub" id={`${id}-hint`}>
                  {o.hint}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
      {start === 'copy' && (
        <div className="conditional">
          <SelectField
            id={copyFromId(idPrefix)}
            label={t('console.newCity.copyFrom')}
            error={error}
            value={copyFrom}
            options={[{ value: '', label: t('console.newCity.copyFromNone') }, ...cities.map((c) => ({ value: c.slug, label: c.name }))]}
            onChange={(value) => onChange('copy', value)}
          />
        </div>
      )}
    </fieldset>
  );
}
