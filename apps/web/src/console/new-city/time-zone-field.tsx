import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldError } from '../forms/field-error.tsx';
import { groupTimeZones } from './time-zones.ts';

interface TimeZoneFieldProps {
  id: string;
  zones: string[];
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/**
 * A native select grouped by region: it works with every assistive technology, and typing a
 * place's first letters ("Par") jumps to it. The id (Europe/Paris) is said in the hint under it.
 */
export function TimeZoneField({ id, zones, value, error, onChange }: TimeZoneFieldProps) {
  const { t } = useTranslation();
  const other = t('console.newCity.timeZoneOther');
  const groups = useMemo(() => groupTimeZones(zones, other), [zones, other]);
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {t('console.newCity.timeZone')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('console.newCity.timeZoneHint')}
      </p>
      <FieldError id={`${id}-error`} message={error} />
      <select
        id={id}
        className="select"
        name="timeZone"
        value={value}
        aria-describedby={describedBy(`${id}-hint`, errorId)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {groups.map((g) => (
          <optgroup key={g.region} label={g.region}>
            {g.zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="field__hint">
        <code>{value}</code>
      </p>
    </div>
  );
}
