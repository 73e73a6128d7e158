import { type FormEvent, useId, useState } from 'react';
import type { ModuleApi } from '@civitas/module-sdk/web';
import type { ContactEntryJson } from '../contacts-api-types.ts';
import { type EntryDraft, bodyOf, fieldId } from './entry-draft.ts';
import { ErrorSummary } from './error-summary.tsx';
import { HoursEditor } from './hours-editor.tsx';
import type { ContactsMessages } from './messages.ts';
import { readApiError } from './read-api-error.ts';
import { TextField } from './text-field.tsx';

interface EntryFormProps {
  api: ModuleApi;
  t: ContactsMessages;
  heading: string;
  initial: EntryDraft;
  /** The entry being edited; a new one is created otherwise. */
  entryId?: string;
  categories: string[];
  onSaved: (entry: ContactEntryJson) => void;
  onCancel: () => void;
}

/** Creates or replaces a contact. The API validates; its per-field messages are shown by each field and in a summary. */
export function EntryForm({ api, t, heading, initial, entryId, categories, onSaved, onCancel }: EntryFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failures, setFailures] = useState(0);
  const [saving, setSaving] = useState(false);
  const categoriesId = useId();
  const set = <K extends keyof EntryDraft>(key: K) => (value: EntryDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const body = bodyOf(draft);
      const { entry } = entryId
        ? await api.put<{ entry: ContactEntryJson }>(`entries/${entryId}`, body)
        : await api.post<{ entry: ContactEntryJson }>('entries', body);
      onSaved(entry);
    } catch (error) {
      const problem = readApiError(error);
      setErrors(Object.keys(problem.fields).length > 0 ? problem.fields : { '': problem.message });
      setFailures((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: 'name' | 'category' | 'description' | 'phone' | 'email' | 'address' | 'website') => ({
    id: fieldId(name),
    value: draft[name],
    onChange: set(name),
    error: errors[name],
    errorPrefix: t.errorPrefix,
  });

  return (
    <form className="civ-contacts-form" onSubmit={submit} noValidate>
      <h1>{heading}</h1>
      <ErrorSummary
        title={t.errorTitle}
        errors={Object.entries(errors).map(([path, message]) => [path ? fieldId(path) : null, message])}
        focusKey={failures}
      />
      <TextField {...field('name')} label={t.name} autoComplete="off" />
      <TextField {...field('category')} label={t.category} hint={t.categoryHint} list={categoriesId} autoComplete="off" />
      <datalist id={categoriesId}>
        {categories.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <TextField {...field('description')} label={`${t.description} ${t.optional}`} hint={t.descriptionHint} multiline />
      <TextField {...field('phone')} label={`${t.phone} ${t.optional}`} type="tel" autoComplete="off" />
      <TextField {...field('email')} label={`${t.email} ${t.optional}`} type="email" autoComplete="off" />
      <TextField {...field('address')} label={`${t.address} ${t.optional}`} multiline />
      <TextField {...field('website')} label={`${t.website} ${t.optional}`} hint={t.websiteHint} type="url" autoComplete="off" />

      <fieldset className="civ-contacts-hours">
        <legend>{t.hoursCaption}</legend>
        <div className="civ-contacts-checkbox">
          <input
            id={fieldId('listHours')}
            type="checkbox"
            checked={draft.listHours}
            onChange={(e) => set('listHours')(e.target.checked)}
            aria-describedby={`${fieldId('listHours')}-hint`}
          />
          <label htmlFor={fieldId('listHours')}>{t.listHours}</label>
          <p id={`${fieldId('listHours')}-hint`} className="civ-contacts-hint">
            {t.listHoursHint}
          </p>
        </div>
        {draft.listHours && (
          <>
            <p className="civ-contacts-hint">{t.hoursHint}</p>
            <HoursEditor hours={draft.hours} onChange={set('hours')} errors={errors} t={t} />
          </>
        )}
      </fieldset>

      <div className="civ-contacts-actions">
        <button type="submit" className="civ-contacts-button" disabled={saving}>
          {saving ? t.saving : t.save}
        </button>
        <button type="button" className="civ-contacts-button civ-contacts-button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
