import type { InputHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
}

/** A labelled input (or textarea) whose hint and error are read out with it. */
export function TextField({ id, label, hint, error, errorPrefix, value, onChange, multiline, className, ...input }: TextFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    className: ['civ-contacts-input', className].filter(Boolean).join(' '),
  };
  return (
    <div className={error ? 'civ-contacts-field civ-contacts-field--error' : 'civ-contacts-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="civ-contacts-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="civ-contacts-field-error">
          <span className="civ-contacts-visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...input} {...common} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
