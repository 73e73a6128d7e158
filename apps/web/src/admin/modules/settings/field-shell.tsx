import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** A checkbox comes before its label. */
  checkbox?: boolean;
  /** Shown, not edited: the label names the block instead of labelling a control. */
  readOnly?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, hint and error around a control, wired up with aria-describedby like `TextField`. */
export function FieldShell({ id, label, hint, error, checkbox = false, readOnly = false, children }: FieldShellProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const labelElement = readOnly ? (
    <p className="field__label">{label}</p>
  ) : (
    <label className="field__label" htmlFor={id}>
      {label}
    </label>
  );
  const hintElement = hint && (
    <p className="field__hint" id={hintId}>
      {hint}
    </p>
  );
  const errorElement = error && (
    <p className="field__error" id={errorId}>
      <span className="visually-hidden">{t('common.form.errorPrefix')} </span>
      {error}
    </p>
  );
  const classes = ['field', checkbox && 'field--checkbox', error && 'field--error'].filter(Boolean).join(' ');
  if (checkbox) {
    return (
      <div className={classes}>
        {errorElement}
        <div className="checkbox-row">
          {children(describedBy)}
          {labelElement}
        </div>
        {hintElement}
      </div>
    );
  }
  return (
    <div className={classes}>
      {labelElement}
      {hintElement}
      {errorElement}
      {children(describedBy)}
    </div>
  );
}
