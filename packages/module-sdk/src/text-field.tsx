import type { InputHTMLAttributes } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Read before the error by screen readers, e.g. "Error:" in the page's language. */
  errorPrefix: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  /** The module's CSS prefix, e.g. "civ-contacts": classes are `<prefix>-field`, `<prefix>-input`, … */
  classPrefix: string;
}

/** A labelled input (or textarea) whose hint and error are read out with it: the form field modules share. */
export function TextField({ id, label, hint, error, errorPrefix, value, onChange, multiline, className, classPrefix: p, ...input }: TextFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    className: [`${p}-input`, className].filter(Boolean).join(' '),
  };
  return (
    <div className={error ? `${p}-field ${p}-field--error` : `${p}-field`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className={`${p}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={`${p}-field-error`}>
          <span className={`${p}-visually-hidden`}>{errorPrefix} </span>
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
