import { useState } from 'react';
import type { ModuleWebProps } from '@civitas/module-sdk/web';
import type { ContactEntryJson, DirectoryJson } from '../contacts-api-types.ts';
import { draftOf, newDraft } from './entry-draft.ts';
import { EntryForm } from './entry-form.tsx';
import { EntriesTable } from './entries-table.tsx';
import { messagesFor } from './messages.ts';
import { readApiError } from './read-api-error.ts';
import { useResource } from './use-resource.ts';

const EDIT = /^entries\/([0-9a-f-]{36})\/edit\/?$/i;

/** Staff management of the directory, at /admin/m/contacts/: the list, `new`, and `entries/<id>/edit`. */
export function ContactsAdmin({ api, locale, navigate, subPath, permissions }: ModuleWebProps & { permissions: string[] }) {
  const t = messagesFor(locale);
  const canManage = permissions.includes('contacts.manage');
  const [flash, setFlash] = useState('');
  const [directory, reload] = useResource(() => api.get<DirectoryJson>('entries'), 'all');
  const path = subPath.replace(/^\/+/, '');
  const editing = EDIT.exec(path)?.[1];

  if (directory.state === 'loading') return <p role="status">{t.loading}</p>;
  if (directory.state === 'failed') {
    return (
      <div className="civ-contacts">
        <h1>{t.title}</h1>
        <p className="civ-contacts-error">{t.loadFailed}</p>
      </div>
    );
  }

  const { groups, categories } = directory.data;
  const entries = groups.flatMap((g) => g.entries);
  const done = (message: string) => {
    setFlash(message);
    reload();
    navigate('');
  };
  const saved = (entry: ContactEntryJson) => done(t.saved(entry.name));

  if (canManage && path === 'new') {
    return (
      <div className="civ-contacts">
        <EntryForm api={api} t={t} heading={t.addEntry} initial={newDraft()} categories={categories} onSaved={saved} onCancel={() => navigate('')} />
      </div>
    );
  }
  const entry = editing ? entries.find((e) => e.id === editing) : undefined;
  if (canManage && entry) {
    return (
      <div className="civ-contacts">
        <EntryForm
          key={entry.id}
          api={api}
          t={t}
          heading={t.editEntry(entry.name)}
          initial={draftOf(entry)}
          entryId={entry.id}
          categories={categories}
          onSaved={saved}
          onCancel={() => navigate('')}
        />
      </div>
    );
  }

  const remove = async (target: ContactEntryJson) => {
    if (!window.confirm(t.confirmDelete(target.name))) return;
    try {
      await api.del(`entries/${target.id}`);
      done(t.deleted(target.name));
    } catch (error) {
      setFlash(readApiError(error).message);
    }
  };

  return (
    <div className="civ-contacts">
      <h1>{t.title}</h1>
      <p>{t.adminIntro}</p>
      <div role="status" className="civ-contacts-flash">
        {flash && <p>{flash}</p>}
      </div>
      {canManage ? (
        <p>
          <button type="button" className="civ-contacts-button" onClick={() => navigate('new')}>
            {t.addEntry}
          </button>
        </p>
      ) : (
        <p>{t.readOnly}</p>
      )}
      {entries.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <EntriesTable entries={entries} t={t} canManage={canManage} navigate={navigate} onDelete={remove} />
      )}
    </div>
  );
}
