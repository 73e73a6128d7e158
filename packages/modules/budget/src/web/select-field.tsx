interface SelectFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}

/** A labelled select whose hint and error are read out with it. */
export function SelectField({ id, label, hint, error, errorPrefix, value, onChange, options }: SelectFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
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
      <select id={id} className="civ-budget-input" value={value} aria-describedby={describedBy} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
