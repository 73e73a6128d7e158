import { useState } from 'react';
import type { ModuleWebProps } from '@civitas/module-sdk/web';
import type { AdminNoticesJson, NoticeJson, NoticesJson } from '../notices-api-types.ts';
import { messagesFor } from './messages.ts';
import { draftOf, newDraft } from './notice-draft.ts';
import { NoticeForm } from './notice-form.tsx';
import { NoticesTable } from './notices-table.tsx';
import { readApiError } from './read-api-error.ts';
import { useResource } from './use-resource.ts';

const EDIT = /^notices\/([0-9a-f-]{36})\/edit\/?$/i;

/** Staff management of notices, at /admin/m/notices/: the list, `new`, and `notices/<id>/edit`. */
export function NoticesAdmin({ api, locale, navigate, subPath, permissions }: ModuleWebProps & { permissions: string[] }) {
  const t = messagesFor(locale);
  const canPublish = permissions.includes('notices.publish');
  const [flash, setFlash] = useState('');
  // Without the permission, staff see what residents see (the staff list needs notices.publish).
  const [list, reload] = useResource<AdminNoticesJson>(
    () =>
      canPublish
        ? api.get<AdminNoticesJson>('admin/notices')
        : api.get<NoticesJson>('notices').then((p) => ({ notices: [...p.current, ...p.recent], timeZone: p.timeZone })),
    String(canPublish),
  );
  const path = subPath.replace(/^\/+/, '');
  const editing = EDIT.exec(path)?.[1];

  if (list.state === 'loading') return <p role="status">{t.loading}</p>;
  if (list.state === 'failed') {
    return (
      <div className="civ-notices">
        <h1>{t.title}</h1>
        <p className="civ-notices-error">{t.loadFailed}</p>
      </div>
    );
  }

  const { notices, timeZone } = list.data;
  const done = (message: string) => {
    setFlash(message);
    reload();
    navigate('');
  };

  if (canPublish && path === 'new') {
    return (
      <div className="civ-notices">
        <NoticeForm
          api={api}
          t={t}
          heading={t.publishNotice}
          initial={newDraft()}
          timeZone={timeZone}
          onSaved={(n) => done(t.published(n.title))}
          onCancel={() => navigate('')}
        />
      </div>
    );
  }
  const notice = editing ? notices.find((n) => n.id === editing) : undefined;
  if (canPublish && notice) {
    return (
      <div className="civ-notices">
        <NoticeForm
          key={notice.id}
          api={api}
          t={t}
          heading={t.editNotice(notice.title)}
          initial={draftOf(notice, timeZone)}
          timeZone={timeZone}
          noticeId={notice.id}
          onSaved={(n) => done(t.saved(n.title))}
          onCancel={() => navigate('')}
        />
      </div>
    );
  }

  const act = async (confirmText: string, run: () => Promise<unknown>, message: string) => {
    if (!window.confirm(confirmText)) return;
    try {
      await run();
      done(message);
    } catch (error) {
      setFlash(readApiError(error).message);
    }
  };
  const end = (n: NoticeJson) => act(t.confirmEnd(n.title), () => api.post(`notices/${n.id}/end`), t.endedNow(n.title));
  const remove = (n: NoticeJson) => act(t.confirmDelete(n.title), () => api.del(`notices/${n.id}`), t.deleted(n.title));

  return (
    <div className="civ-notices">
      <h1>{t.title}</h1>
      <p>{t.adminIntro}</p>
      <div role="status" className="civ-notices-flash">
        {flash && <p>{flash}</p>}
      </div>
      {canPublish ? (
        <p>
          <button type="button" className="civ-notices-button" onClick={() => navigate('new')}>
            {t.publishNotice}
          </button>
        </p>
      ) : (
        <p>{t.readOnly}</p>
      )}
      {notices.length === 0 ? (
        <p>{t.noNotices}</p>
      ) : (
        <NoticesTable
          notices={notices}
          t={t}
          locale={locale}
          timeZone={timeZone}
          canPublish={canPublish}
          navigate={navigate}
          onEnd={end}
          onDelete={remove}
        />
      )}
    </div>
  );
}
