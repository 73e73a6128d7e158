import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { type BuiltModuleDefinition, type BuilderForm, pickText, visibleFieldKeys } from '@civitas/module-sdk/builder-web';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { EntryField } from './entry-field.tsx';
import { messagesFor } from './messages.ts';
import { readApiError } from './read-api-error.ts';
import type { EntryJson } from './types.ts';

/** What the browser sends: empty answers left out, date-times with their offset. */
function toBody(fields: BuiltModuleDefinition['entityTypes'][number]['fields'], values: Record<string, unknown>) {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.key];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    body[f.key] = f.type === 'dateTime' && typeof v === 'string' ? new Date(v).toISOString() : v;
  }
  return body;
}

/** A built module's form: its fields in order, conditions applied as the resident answers, the server's errors in place. */
export function EntryForm({ api, locale, definition, form }: Pick<ModuleWebProps, 'api' | 'locale'> & { definition: BuiltModuleDefinition; form: BuilderForm }) {
  const t = messagesFor(locale);
  const ids = useId();
  const entity = definition.entityTypes.find((e) => e.key === form.entityType)!;
  const listed = form.fields ? new Set(form.fields) : null;
  const fields = entity.fields.filter((f) => f.type !== 'submitter' && f.visibility === 'resident' && (!listed || listed.has(f.key)));
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<{ entry: EntryJson; confirmation: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const shown = visibleFieldKeys(fields, values);
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    try {
      const body = toBody(fields.filter((f) => shown.has(f.key)), values);
      setDone(await api.post<{ entry: EntryJson; confirmation: string }>(`forms/${form.key}?locale=${locale}`, body));
    } catch (error) {
      const e = readApiError(error);
      setErrors(e.fields);
      setProblem(e.status === 401 ? t.signInFirst : e.status === 409 ? e.message : Object.keys(e.fields).length ? '' : e.message);
      setAttempt((n) => n + 1);
    } finally {
      setSending(false);
    }
  };

  if (done) {
    return (
      <div role="status" className="civ-built-confirmation">
        <h2>{t.sent}</h2>
        <p>{done.confirmation}</p>
        <p>
          {t.reference}: <strong>{done.entry.reference}</strong>
        </p>
      </div>
    );
  }
  const errorList = Object.entries(errors);
  return (
    <form onSubmit={submit} noValidate>
      {form.intro && <p>{pickText(form.intro, locale)}</p>}
      {(errorList.length > 0 || problem) && (
        <div ref={summary} className="civ-built-error-summary" role="alert" tabIndex={-1}>
          <h2>{t.errorTitle}</h2>
          <ul>
            {problem && <li>{problem}</li>}
            {errorList.map(([key, message]) => (
              <li key={key}>
                <a href={`#${ids}-${key}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {fields
        .filter((f) => shown.has(f.key))
        .map((f) => (
          <EntryField
            key={f.key}
            field={f}
            id={`${ids}-${f.key}`}
            value={values[f.key]}
            error={errors[f.key]}
            locale={locale}
            onChange={(v) => setValues((prev) => ({ ...prev, [f.key]: v }))}
          />
        ))}
      <button type="submit" className="civ-built-button" disabled={sending}>
        {sending ? t.sending : t.send}
      </button>
    </form>
  );
}
