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
    className: ['civ-budget-input', className].filter(Boolean).join(' '),
  };
  return (
    <div className={error ? 'civ-budget-field civ-budget-field--error' : 'civ-budget-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="civ-budget-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="civ-budget-field-error">
          <span className="civ-budget-visually-hidden">{errorPrefix} </span>
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
