import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { type BuilderEntityType, type BuilderListPage, pickText } from '@civitas/module-sdk/builder-web';
import { type FormEvent, useId, useState } from 'react';
import { entryValueText } from './entry-value.tsx';
import { messagesFor } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import type { EntriesJson } from './types.ts';
import { useResource } from './use-resource.ts';

/** A resident list of a built module: the page's columns, filters on its choice and date fields, pages of results. */
export function EntryList({ api, locale, navigate, page, entity, base }: Pick<ModuleWebProps, 'api' | 'locale' | 'navigate'> & { page: BuilderListPage; entity: BuilderEntityType; base: string }) {
  const t = messagesFor(locale);
  const ids = useId();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [query, setQuery] = useState<Record<string, string>>({});
  const [pageNo, setPageNo] = useState(1);
  const search = new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), page: String(pageNo), locale });
  const [list] = useResource(() => api.get<EntriesJson>(`pages/${page.key}?${search}`), search.toString());
  const fieldOf = (key: string) => entity.fields.find((f) => f.key === key);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setQuery(draft);
    setPageNo(1);
  };
  const set = (key: string, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <>
      {page.filters.length > 0 && (
        <form className="civ-built-filters" onSubmit={apply} aria-labelledby={`${ids}-filters`}>
          <h2 id={`${ids}-filters`}>{t.filters}</h2>
          {page.filters.map((key) => {
            const f = fieldOf(key)!;
            const label = pickText(f.label, locale);
            if (f.type === 'singleChoice' || f.type === 'multipleChoice' || f.type === 'yesNo') {
              const options = f.type === 'yesNo' ? [{ value: 'true', label: t.yes }, { value: 'false', label: t.no }] : f.options.map((o) => ({ value: o.value, label: pickText(o.label, locale) }));
              return (
                <div key={key} className="civ-built-field">
                  <label htmlFor={`${ids}-${key}`}>{label}</label>
                  <select id={`${ids}-${key}`} value={draft[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
                    <option value="">{t.all}</option>
                    {options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </div>
              );
            }
            return (
              <fieldset key={key} className="civ-built-field">
                <legend>{label}</legend>
                <label htmlFor={`${ids}-${key}-from`}>{t.from}</label>
                <input id={`${ids}-${key}-from`} type="date" value={draft[`${key}.from`] ?? ''} onChange={(e) => set(`${key}.from`, e.target.value)} />
                <label htmlFor={`${ids}-${key}-to`}>{t.to}</label>
                <input id={`${ids}-${key}-to`} type="date" value={draft[`${key}.to`] ?? ''} onChange={(e) => set(`${key}.to`, e.target.value)} />
              </fieldset>
            );
          })}
          <button type="submit" className="civ-built-button">
            {t.apply}
          </button>
        </form>
      )}
      {list.state === 'loading' && <p role="status">{t.loading}</p>}
      {list.state === 'failed' && <p className="civ-built-error">{t.loadFailed}</p>}
      {list.state === 'ready' && (
        <section aria-live="polite">
          <p>{t.results(list.data.total ?? 0)}</p>
          {list.data.entries.length === 0 ? (
            <p>{t.noEntries}</p>
          ) : (
            <table className="civ-built-table">
              <caption className="civ-built-visually-hidden">{pickText(page.title, locale)}</caption>
              <thead>
                <tr>
                  {page.columns.map((c) => (
                    <th key={c} scope="col">
                      {pickText(fieldOf(c)?.label, locale)}
                    </th>
                  ))}
                  {page.detailFields && <th scope="col">{t.details}</th>}
                </tr>
              </thead>
              <tbody>
                {list.data.entries.map((e) => (
                  <tr key={e.id}>
                    {page.columns.map((c) => (
                      <td key={c}>{entryValueText(fieldOf(c), e.values[c], locale)}</td>
                    ))}
                    {page.detailFields && (
                      <td>
                        <ModuleLink base={base} to={`pages/${page.key}/${e.id}`} navigate={navigate}>
                          {`${t.details}: ${e.reference}`}
                        </ModuleLink>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager page={pageNo} total={list.data.total ?? 0} size={page.pageSize} locale={locale} onPage={setPageNo} />
        </section>
      )}
    </>
  );
}

function Pager({ page, total, size, locale, onPage }: { page: number; total: number; size: number; locale: string; onPage: (p: number) => void }) {
  const t = messagesFor(locale);
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages === 1) return null;
  return (
    <nav className="civ-built-pager" aria-label={t.pageOf(page, pages)}>
      <button type="button" className="civ-built-button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t.previous}
      </button>
      <span>{t.pageOf(page, pages)}</span>
      <button type="button" className="civ-built-button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t.next}
      </button>
    </nav>
  );
}
