import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { pickText } from '@civitas/module-sdk/builder-web';
import { useEffect } from 'react';
import { EntryDetail } from './entry-detail.tsx';
import { EntryForm } from './entry-form.tsx';
import { EntryList } from './entry-list.tsx';
import { messagesFor } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { readApiError } from './read-api-error.ts';
import type { DefinitionJson, EntriesJson, EntryJson } from './types.ts';
import { useResource } from './use-resource.ts';

/**
 * The resident pages of every built module, drawn from the definition of the version the city
 * runs: `""` (what the module offers), `forms/<key>`, `pages/<key>` (a list or "my submissions"),
 * `pages/<key>/<id>` (a detail), `mine/<id>`.
 */
export function BuiltModulePage(props: ModuleWebProps) {
  const { api, locale, subPath, navigate, city } = props;
  const t = messagesFor(locale);
  const [def] = useResource(() => api.get<DefinitionJson>('definition'), 'definition');
  const parts = subPath.replace(/^\/+|\/+$/g, '').split('/').filter(Boolean);
  const d = def.state === 'ready' ? def.data.definition : null;
  const base = d ? `/m/${d.id}/` : '';
  const title = d ? titleOf(d, parts, locale) : '';
  useEffect(() => {
    if (title) document.title = `${title} – ${city.name}`;
  }, [title, city.name]);

  if (def.state === 'loading') return <p role="status">{t.loading}</p>;
  if (def.state === 'failed' || !d) return <p className="civ-built-error">{t.loadFailed}</p>;
  const back = (
    <p>
      <ModuleLink base={base} to="" navigate={navigate}>
        {t.back}
      </ModuleLink>
    </p>
  );
  const notFound = (
    <div className="civ-built">
      <h1>{pickText(d.name, locale)}</h1>
      <p>{t.notFound}</p>
      {back}
    </div>
  );

  if (parts.length === 0) {
    return (
      <div className="civ-built">
        <h1>{pickText(d.name, locale)}</h1>
        <p>{pickText(d.description, locale)}</p>
        <ul className="civ-built-links">
          {d.forms.map((f) => (
            <li key={f.key}>
              <ModuleLink base={base} to={`forms/${f.key}`} navigate={navigate}>
                {pickText(f.title, locale)}
              </ModuleLink>
            </li>
          ))}
          {d.pages.map((p) => (
            <li key={p.key}>
              <ModuleLink base={base} to={`pages/${p.key}`} navigate={navigate}>
                {pickText(p.title, locale)}
              </ModuleLink>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (parts[0] === 'forms' && parts.length === 2) {
    const form = d.forms.find((f) => f.key === parts[1]);
    if (!form) return notFound;
    return (
      <div className="civ-built">
        <h1>{pickText(form.title, locale)}</h1>
        <EntryForm api={api} locale={locale} definition={d} form={form} />
        {back}
      </div>
    );
  }
  if (parts[0] === 'pages') {
    const page = d.pages.find((p) => p.key === parts[1]);
    const entity = page && d.entityTypes.find((e) => e.key === page.entityType);
    if (!page || !entity || parts.length > 3) return notFound;
    if (page.kind === 'mine') {
      return (
        <div className="civ-built">
          <h1>{pickText(page.title, locale)}</h1>
          <Mine {...props} base={base} />
          {back}
        </div>
      );
    }
    if (parts.length === 3) {
      return (
        <div className="civ-built">
          <h1>{pickText(page.title, locale)}</h1>
          <Loaded load={() => api.get<{ entry: EntryJson }>(`pages/${page.key}/${parts[2]}?locale=${locale}`)} k={subPath} locale={locale}>
            {(r) => <EntryDetail entry={r.entry} entity={entity} locale={locale} />}
          </Loaded>
          {back}
        </div>
      );
    }
    return (
      <div className="civ-built">
        <h1>{pickText(page.title, locale)}</h1>
        {page.intro && <p>{pickText(page.intro, locale)}</p>}
        <EntryList api={api} locale={locale} navigate={navigate} page={page} entity={entity} base={base} />
        {back}
      </div>
    );
  }
  if (parts[0] === 'mine' && parts.length === 2) {
    return (
      <div className="civ-built">
        <h1>{pickText(d.name, locale)}</h1>
        <Loaded load={() => api.get<{ entry: EntryJson & { entityType?: string } }>(`mine/${parts[1]}?locale=${locale}`)} k={subPath} locale={locale}>
          {(r) => <EntryDetail entry={r.entry} entity={d.entityTypes[0]!} locale={locale} />}
        </Loaded>
        {back}
      </div>
    );
  }
  return notFound;
}

function Mine({ api, locale, navigate, base }: ModuleWebProps & { base: string }) {
  const t = messagesFor(locale);
  return (
    <Loaded load={() => api.get<EntriesJson>(`mine?locale=${locale}`)} k="mine" locale={locale}>
      {(r) =>
        r.entries.length === 0 ? (
          <p>{t.noEntries}</p>
        ) : (
          <ul className="civ-built-links">
            {r.entries.map((e) => (
              <li key={e.id}>
                <ModuleLink base={base} to={`mine/${e.id}`} navigate={navigate}>
                  {e.reference}
                </ModuleLink>{' '}
                — {e.stateLabel} ({new Date(e.createdAt).toLocaleDateString(locale)})
              </li>
            ))}
          </ul>
        )
      }
    </Loaded>
  );
}

function Loaded<T>({ load, k, locale, children }: { load: () => Promise<T>; k: string; locale: string; children: (data: T) => React.ReactNode }) {
  const t = messagesFor(locale);
  const [r] = useResource(load, k);
  if (r.state === 'loading') return <p role="status">{t.loading}</p>;
  if (r.state === 'failed') {
    const e = readApiError(r.error);
    return <p className="civ-built-error">{e.status === 401 ? t.signInFirst : e.status === 404 ? t.notFound : t.loadFailed}</p>;
  }
  return <>{children(r.data)}</>;
}

function titleOf(d: DefinitionJson['definition'], parts: string[], locale: string) {
  if (parts[0] === 'forms') return pickText(d.forms.find((f) => f.key === parts[1])?.title, locale);
  if (parts[0] === 'pages') return pickText(d.pages.find((p) => p.key === parts[1])?.title, locale);
  return pickText(d.name, locale);
}
