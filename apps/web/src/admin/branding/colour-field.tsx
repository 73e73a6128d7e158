import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColourKey } from './branding-draft.ts';
import { isHexColour } from './is-hex-colour.ts';

interface ColourFieldProps {
  name: ColourKey;
  value: string;
  error?: string;
  disabled: boolean;
  onChange: (value: string) => void;
}

/**
 * A hex text field (exact, keyboard- and paste-friendly) paired with the native colour picker.
 * The text field carries the label; the picker is named "<label> (picker)".
 */
export function ColourField({ name, value, error, disabled, onChange }: ColourFieldProps) {
  const { t } = useTranslation();
  // The picker only understands lower-case #rrggbb: while the text is half-typed it keeps the last good value.
  const lastValid = useRef(isHexColour(value) ? value.trim().toLowerCase() : '#000000');
  if (isHexColour(value)) lastValid.current = value.trim().toLowerCase();
  const id = `colour-${name}`;
  const label = t(`admin.branding.colour.${name}`);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  return (
    <div className={error ? 'field colour-field field--error' : 'field colour-field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={hintId}>
        {t(`admin.branding.colour.${name}Hint`)}
      </p>
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className="colour-field__inputs">
        <input
          className="colour-field__picker"
          type="color"
          value={lastValid.current}
          aria-label={t('admin.branding.colour.picker', { label })}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
        />
        <input
          className="input colour-field__hex"
          id={id}
          name={`colors.${name}`}
          type="text"
          value={value}
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </div>
  );
}
