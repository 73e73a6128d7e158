import { type FormEvent, useId, useState } from 'react';
import type { ModuleWebProps } from '@civitas/module-sdk/web';
import type { DirectoryJson } from '../contacts-api-types.ts';
import { messagesFor } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { OpenStatus } from './open-status.tsx';
import { PORTAL_BASE } from './paths.ts';
import { useResource } from './use-resource.ts';

/** The directory: the city's introduction, a search by name, and the entries grouped by category. */
export function DirectoryView({ api, locale, navigate }: ModuleWebProps) {
  const t = messagesFor(locale);
  const searchId = useId();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [directory] = useResource(
    () => api.get<DirectoryJson>(query ? `entries?q=${encodeURIComponent(query)}` : 'entries'),
    query,
  );

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(draft.trim());
  };
  const showAll = () => {
    setDraft('');
    setQuery('');
  };

  return (
    <div className="civ-contacts">
      <h1>{t.title}</h1>
      {directory.state === 'ready' && directory.data.intro && <p className="civ-contacts-intro">{directory.data.intro}</p>}

      <form role="search" className="civ-contacts-search" onSubmit={search}>
        <label htmlFor={searchId}>{t.searchLabel}</label>
        <div className="civ-contacts-search__row">
          <input id={searchId} type="search" value={draft} onChange={(e) => setDraft(e.target.value)} autoComplete="off" />
          <button type="submit" className="civ-contacts-button">
            {t.search}
          </button>
        </div>
      </form>

      <div role="status" className="civ-contacts-results">
        {directory.state === 'ready' && query && (
          <p>
            {t.results(directory.data.groups.reduce((n, g) => n + g.entries.length, 0), query)}{' '}
            <button type="button" className="civ-contacts-link-button" onClick={showAll}>
              {t.showAll}
            </button>
          </p>
        )}
      </div>

      {directory.state === 'loading' && <p>{t.loading}</p>}
      {directory.state === 'failed' && <p className="civ-contacts-error">{t.loadFailed}</p>}
      {directory.state === 'ready' && !query && directory.data.groups.length === 0 && <p>{t.empty}</p>}
      {directory.state === 'ready' &&
        directory.data.groups.map((group) => (
          <section key={group.category} className="civ-contacts-group" aria-labelledby={`${searchId}-${slug(group.category)}`}>
            <h2 id={`${searchId}-${slug(group.category)}`}>{group.category}</h2>
            <ul className="civ-contacts-list">
              {group.entries.map((entry) => (
                <li key={entry.id}>
                  <ModuleLink base={PORTAL_BASE} to={`entries/${entry.id}`} navigate={navigate} className="civ-contacts-list__name">
                    {entry.name}
                  </ModuleLink>
                  {entry.status && <OpenStatus status={entry.status} locale={locale} />}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}

const slug = (s: string) => encodeURIComponent(s.toLowerCase()).replace(/%/g, '');
