import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { useState } from 'react';
import type { StaffEntriesJson, StaffEntryJson } from '../news-api-types.ts';
import { draftOf, EntryForm, newDraft } from './entry-form.tsx';
import { formatDate, messagesFor } from './messages.ts';
import { readApiError } from './read-api-error.ts';
import { useResource } from './use-resource.ts';

const EDIT = /^entries\/([0-9a-f-]{36})\/?$/i;

/** Staff's posts and pages at /admin/m/news/: the list, `new/post`, `new/page` and `entries/<id>`. */
export function NewsAdmin({ api, locale, navigate, subPath, permissions }: ModuleWebProps & { permissions: string[] }) {
  const t = messagesFor(locale);
  const canWrite = permissions.includes('news.write');
  const canPublish = permissions.includes('news.publish');
  const [flash, setFlash] = useState('');
  const [list, reload] = useResource(() => (canWrite ? api.get<StaffEntriesJson>('admin/entries') : Promise.resolve(null)), String(canWrite));
  const path = subPath.replace(/^\/+/, '');

  if (!canWrite) return <div className="civ-news"><h1>{t.adminTitle}</h1><p>{t.readOnly}</p></div>;
  if (list.state === 'loading') return <p role="status">{t.loading}</p>;
  if (list.state === 'failed' || !list.data) return <div className="civ-news"><h1>{t.adminTitle}</h1><p className="civ-news-error">{t.loadFailed}</p></div>;
  const { entries, locales, defaultLocale, timeZone } = list.data;
  const titleOf = (e: StaffEntryJson) => e.translations[defaultLocale]?.title ?? e.slug;
  const saved = (e: StaffEntryJson, message: string) => {
    setFlash(message);
    reload();
    navigate(`entries/${e.id}`);
  };
  const formProps = { api, t, locale, locales, defaultLocale, canPublish, initialMessage: flash, onSaved: saved, onCancel: () => { setFlash(''); reload(); navigate(''); } };

  const kind = /^new\/(post|page)\/?$/.exec(path)?.[1] as 'post' | 'page' | undefined;
  if (kind) {
    return (
      <div className="civ-news">
        <EntryForm {...formProps} heading={kind === 'post' ? t.newPost : t.newPage} initial={newDraft(kind)} initialMessage="" />
      </div>
    );
  }
  const editing = entries.find((e) => e.id === EDIT.exec(path)?.[1]);
  if (editing) {
    return (
      <div className="civ-news">
        <EntryForm {...formProps} key={editing.id} heading={t.edit(titleOf(editing))} initial={draftOf(editing)} entry={editing} />
      </div>
    );
  }

  const act = async (run: () => Promise<unknown>, message: string) => {
    try {
      await run();
      setFlash(message);
      reload();
    } catch (error) {
      setFlash(readApiError(error).message);
    }
  };
  const statusOf = (e: StaffEntryJson) =>
    e.status === 'scheduled' && e.publishAt ? t.scheduledFor(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(e.publishAt))) : t.status[e.status];

  return (
    <div className="civ-news">
      <h1>{t.adminTitle}</h1>
      <div role="status" className="civ-news-flash">
        {flash && <p>{flash}</p>}
      </div>
      <p className="civ-news-actions">
        <button type="button" className="civ-news-button" onClick={() => { setFlash(''); navigate('new/post'); }}>
          {t.newPost}
        </button>
        <button type="button" className="civ-news-button" onClick={() => { setFlash(''); navigate('new/page'); }}>
          {t.newPage}
        </button>
      </p>
      {entries.length === 0 ? (
        <p>{t.nothingYet}</p>
      ) : (
        <table className="civ-news-table">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.titleCol}</th>
              <th scope="col">{t.kindCol}</th>
              <th scope="col">{t.statusCol}</th>
              <th scope="col">{t.actionsCol}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>
                  <a href={`/admin/m/news/entries/${e.id}`} onClick={(ev) => { ev.preventDefault(); setFlash(''); navigate(`entries/${e.id}`); }}>
                    {titleOf(e)}
                  </a>
                </td>
                <td>{t.kind[e.kind]}</td>
                <td>
                  {statusOf(e)}
                  {e.publishedAt && e.status === 'published' ? ` · ${formatDate(e.publishedAt, locale)}` : ''}
                </td>
                <td>
                  {canPublish && e.status !== 'draft' && (
                    <button type="button" className="civ-news-button civ-news-button--secondary" onClick={() => void act(() => api.post(`admin/entries/${e.id}/unpublish`), t.status.draft)}>
                      {t.unpublish}
                      <span className="civ-news-visually-hidden"> {titleOf(e)}</span>
                    </button>
                  )}
                  {canPublish && (
                    <button
                      type="button"
                      className="civ-news-button civ-news-button--secondary"
                      onClick={() => window.confirm(t.confirmDelete(titleOf(e))) && void act(() => api.del(`admin/entries/${e.id}`), t.remove)}
                    >
                      {t.remove}
                      <span className="civ-news-visually-hidden"> {titleOf(e)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
