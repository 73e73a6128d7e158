import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/forms/text-field.tsx';
import { FieldShell } from './field-shell.tsx';
import { settingHint } from './describe-setting.ts';
import type { SettingField } from './setting-field.ts';

interface SettingInputProps {
  field: SettingField;
  id: string;
  value: string | boolean | undefined;
  /** The value as saved, for the settings this form shows but cannot edit. */
  saved: unknown;
  error?: string;
  onChange: (value: string | boolean) => void;
}

/** One setting drawn by its kind: input, number, select, checkbox, or one-per-line list. */
export function SettingInput({ field, id, value, saved, error, onChange }: SettingInputProps) {
  const { t } = useTranslation();
  const hint = settingHint(field, t);
  const text = typeof value === 'string' ? value : '';

  const textarea = (describedBy: string | undefined, rows: number) => (
    <textarea
      className="input textarea"
      id={id}
      rows={rows}
      value={text}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  );

  switch (field.kind) {
    case 'text':
      if (field.multiline) {
        return (
          <FieldShell id={id} label={field.label} hint={hint} error={error}>
            {(describedBy) => textarea(describedBy, 4)}
          </FieldShell>
        );
      }
    // falls through: a short text is an input like a number
    case 'number':
      return (
        <TextField
          id={id}
          label={field.label}
          hint={hint}
          error={error}
          value={text}
          onChange={onChange}
          inputMode={field.kind === 'number' ? (field.integer ? 'numeric' : 'decimal') : undefined}
          className={field.kind === 'number' ? 'input--short' : undefined}
          spellCheck={field.kind === 'number' ? false : undefined}
        />
      );
    case 'select':
      return (
        <FieldShell id={id} label={field.label} hint={hint} error={error}>
          {(describedBy) => (
            <select className="select" id={id} value={text} aria-describedby={describedBy} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.target.value)}>
              {field.nullable && <option value="">{t('admin.settings.none')}</option>}
              {field.options.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      );
    case 'list':
      return (
        <FieldShell id={id} label={field.label} hint={hint} error={error}>
          {(describedBy) => textarea(describedBy, Math.min(8, Math.max(3, text.split('\n').length + 1)))}
        </FieldShell>
      );
    case 'boolean':
      return (
        <FieldShell id={id} label={field.label} hint={hint} error={error} checkbox>
          {(describedBy) => (
            <input
              className="checkbox"
              type="checkbox"
              id={id}
              checked={value === true}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              onChange={(e) => onChange(e.target.checked)}
            />
          )}
        </FieldShell>
      );
    default:
      return (
        <FieldShell id={id} label={field.label} hint={`${hint} ${t('admin.settings.unsupported')}`.trim()} error={error} readOnly>
          {(describedBy) => (
            <pre className="setting-json" id={id} aria-describedby={describedBy} tabIndex={0}>
              {JSON.stringify(saved ?? field.defaultValue ?? null, null, 2)}
            </pre>
          )}
        </FieldShell>
      );
  }
}
