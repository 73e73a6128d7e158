import { useTranslation } from 'react-i18next';
import { describedBy, FieldError } from '../forms/field-error.tsx';
import { cityHost } from './city-host.ts';

interface SlugFieldProps {
  id: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** The city's slug, with the address it makes shown under it (read with the field, not on each keystroke). */
export function SlugField({ id, value, error, onChange }: SlugFieldProps) {
  const { t } = useTranslation();
  const slug = value.trim().toLowerCase();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {t('console.newCity.slug')}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('console.newCity.slugHint')}
      </p>
      <FieldError id={`${id}-error`} message={error} />
      <input
        id={id}
        className="input"
        name="slug"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={value}
        aria-describedby={describedBy(`${id}-hint`, errorId, `${id}-preview`)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="address-preview" id={`${id}-preview`}>
        {slug ? (
          <>
            {t('console.newCity.slugPreview')} <strong className="address-preview__host">{cityHost(slug, window.location.host)}</strong>
          </>
        ) : (
          t('console.newCity.slugPreviewEmpty')
        )}
      </p>
    </div>
  );
}
