import { type FormEvent, useState } from 'react';
import type { ModuleApi } from '@civitas/module-sdk/web';
import { SEVERITIES } from '../severity.ts';
import type { NoticeJson } from '../notices-api-types.ts';
import { ErrorSummary } from './error-summary.tsx';
import type { NoticesMessages } from './messages.ts';
import { type NoticeDraft, fieldId } from './notice-draft.ts';
import { readApiError } from './read-api-error.ts';
import { TextField } from './text-field.tsx';

interface NoticeFormProps {
  api: ModuleApi;
  t: NoticesMessages;
  heading: string;
  initial: NoticeDraft;
  timeZone: string;
  /** The notice being edited; a new one is published otherwise. */
  noticeId?: string;
  onSaved: (notice: NoticeJson) => void;
  onCancel: () => void;
}

/** Publishes or edits a notice. The API validates; its per-field messages show by each field and in a summary. */
export function NoticeForm({ api, t, heading, initial, timeZone, noticeId, onSaved, onCancel }: NoticeFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failures, setFailures] = useState(0);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof NoticeDraft>(key: K) => (value: NoticeDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const severityError = errors.severity;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const { notice } = noticeId
        ? await api.put<{ notice: NoticeJson }>(`notices/${noticeId}`, draft)
        : await api.post<{ notice: NoticeJson }>('notices', draft);
      onSaved(notice);
    } catch (error) {
      const problem = readApiError(error);
      setErrors(Object.keys(problem.fields).length > 0 ? problem.fields : { '': problem.message });
      setFailures((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: 'title' | 'body' | 'startsAt' | 'endsAt') => ({
    id: fieldId(name),
    value: draft[name],
    onChange: set(name),
    error: errors[name],
    errorPrefix: t.errorPrefix,
  });

  return (
    <form className="civ-notices-form" onSubmit={submit} noValidate>
      <h1>{heading}</h1>
      <ErrorSummary
        title={t.errorTitle}
        errors={Object.entries(errors).map(([path, message]) => [path ? fieldId(path) : null, message])}
        focusKey={failures}
      />
      <TextField {...field('title')} label={t.titleLabel} autoComplete="off" maxLength={120} />
      <TextField {...field('body')} label={t.bodyLabel} hint={t.bodyHint} multiline />

      <fieldset
        className={severityError ? 'civ-notices-fieldset civ-notices-field--error' : 'civ-notices-fieldset'}
        aria-describedby={severityError ? `${fieldId('severity')}-error` : undefined}
      >
        <legend>{t.severityLabel}</legend>
        {severityError && (
          <p id={`${fieldId('severity')}-error`} className="civ-notices-field-error">
            <span className="civ-notices-visually-hidden">{t.errorPrefix} </span>
            {severityError}
          </p>
        )}
        {SEVERITIES.map((s, i) => (
          <div key={s} className="civ-notices-radio">
            <input
              id={i === 0 ? fieldId('severity') : fieldId(`severity-${s}`)}
              type="radio"
              name="severity"
              value={s}
              checked={draft.severity === s}
              onChange={() => set('severity')(s)}
              aria-describedby={`${fieldId(`severity-${s}`)}-hint`}
            />
            <label htmlFor={i === 0 ? fieldId('severity') : fieldId(`severity-${s}`)}>{t.severity[s]}</label>
            <p id={`${fieldId(`severity-${s}`)}-hint`} className="civ-notices-hint">
              {t.severityHint[s]}
            </p>
          </div>
        ))}
      </fieldset>

      <TextField {...field('startsAt')} label={t.startsLabel} hint={t.startsHint(timeZone)} type="datetime-local" />
      <TextField {...field('endsAt')} label={t.endsOptional} hint={t.endsHint(timeZone)} type="datetime-local" />

      <div className="civ-notices-actions">
        <button type="submit" className="civ-notices-button" disabled={saving}>
          {saving ? t.saving : noticeId ? t.save : t.publish}
        </button>
        <button type="button" className="civ-notices-button civ-notices-button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
