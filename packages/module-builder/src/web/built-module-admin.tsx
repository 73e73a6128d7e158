import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { pickText } from '@civitas/module-sdk/builder-web';
import { useId, useState } from 'react';
import { EntryDetail } from './entry-detail.tsx';
import { messagesFor } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { readApiError } from './read-api-error.ts';
import type { DefinitionJson, EntriesJson, StaffEntryJson } from './types.ts';
import { useResource } from './use-resource.ts';

/** Staff pages of a built module: the entries, and each entry's next steps in its workflow. */
export function BuiltModuleAdmin({ api, locale, subPath, navigate }: ModuleWebProps & { permissions: string[] }) {
  const t = messagesFor(locale);
  const [def] = useResource(() => api.get<DefinitionJson>('definition'), 'definition');
  const id = subPath.replace(/^\/+|\/+$/g, '');
  if (def.state !== 'ready') return <p role={def.state === 'loading' ? 'status' : undefined}>{def.state === 'loading' ? t.loading : t.loadFailed}</p>;
  const d = def.data.definition;
  const base = `/admin/m/${d.id}/`;
  return (
    <div className="civ-built">
      <h1>{pickText(d.name, locale)}</h1>
      {id ? <StaffEntry api={api} locale={locale} id={id} definition={d} /> : <StaffList api={api} locale={locale} navigate={navigate} base={base} />}
      {id && (
        <p>
          <ModuleLink base={base} to="" navigate={navigate}>
            {t.back}
          </ModuleLink>
        </p>
      )}
    </div>
  );
}

function StaffList({ api, locale, navigate, base }: Pick<ModuleWebProps, 'api' | 'locale' | 'navigate'> & { base: string }) {
  const t = messagesFor(locale);
  const [list] = useResource(() => api.get<EntriesJson<StaffEntryJson>>(`staff/entries?locale=${locale}`), 'staff');
  if (list.state === 'loading') return <p role="status">{t.loading}</p>;
  if (list.state === 'failed') return <p className="civ-built-error">{readApiError(list.error).message}</p>;
  if (list.data.entries.length === 0) return <p>{t.noEntries}</p>;
  return (
    <table className="civ-built-table">
      <caption>{t.entries}</caption>
      <thead>
        <tr>
          <th scope="col">{t.reference}</th>
          <th scope="col">{t.state}</th>
          <th scope="col">{t.submitted}</th>
          <th scope="col">{t.due}</th>
        </tr>
      </thead>
      <tbody>
        {list.data.entries.map((e) => (
          <tr key={e.id}>
            <td>
              <ModuleLink base={base} to={e.id} navigate={navigate}>
                {e.reference}
              </ModuleLink>
            </td>
            <td>{e.stateLabel}</td>
            <td>{new Date(e.createdAt).toLocaleDateString(locale)}</td>
            <td>{e.dueAt ? new Date(e.dueAt).toLocaleDateString(locale) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StaffEntry({ api, locale, id, definition }: Pick<ModuleWebProps, 'api' | 'locale'> & { id: string; definition: DefinitionJson['definition'] }) {
  const t = messagesFor(locale);
  const ids = useId();
  const [entry, reload] = useResource(() => api.get<{ entry: StaffEntryJson }>(`staff/entries/${id}?locale=${locale}`), id);
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState('');
  if (entry.state === 'loading') return <p role="status">{t.loading}</p>;
  if (entry.state === 'failed') return <p className="civ-built-error">{readApiError(entry.error).message}</p>;
  const e = entry.data.entry;
  const entity = definition.entityTypes.find((x) => x.key === e.entityType) ?? definition.entityTypes[0]!;
  const step = async (key: string) => {
    try {
      await api.post(`staff/entries/${id}/transitions/${key}`, comment ? { comment } : {});
      setComment('');
      setMessage(t.moved);
      reload();
    } catch (error) {
      const problem = readApiError(error);
      setMessage(problem.fields.comment ? `${t.comment}: ${problem.fields.comment}` : problem.message);
    }
  };
  return (
    <>
      <EntryDetail entry={e} entity={entity} locale={locale} />
      {e.transitions.length > 0 && (
        <section aria-labelledby={`${ids}-actions`}>
          <h2 id={`${ids}-actions`}>{t.actions}</h2>
          {e.transitions.some((x) => x.comment !== 'none') && (
            <div className="civ-built-field">
              <label htmlFor={`${ids}-comment`}>{t.comment}</label>
              <textarea id={`${ids}-comment`} rows={3} value={comment} onChange={(ev) => setComment(ev.target.value)} />
            </div>
          )}
          {e.transitions.map((x) => (
            <button key={x.key} type="button" className="civ-built-button" onClick={() => void step(x.key)}>
              {x.label}
            </button>
          ))}
        </section>
      )}
      <p role="status">{message}</p>
    </>
  );
}
