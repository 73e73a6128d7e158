import type { TextareaHTMLAttributes } from 'react';
import { describedBy, FieldError } from './field-error.tsx';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled textarea whose hint and error are read out with it, like the shared `TextField`. */
export function TextAreaField({ id, label, hint, error, onChange, ...textarea }: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <textarea
        {...textarea}
        id={id}
        className="input textarea"
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
