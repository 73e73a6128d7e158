import { useId } from 'react';
import type { ModuleWebProps } from '@civitas/module-sdk/web';
import type { NoticesJson } from '../notices-api-types.ts';
import { messagesFor } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { NoticeList } from './notice-list.tsx';
import { PORTAL_BASE } from './paths.ts';
import { useResource } from './use-resource.ts';

/** The residents' page: current notices, then those that ended in the last 30 days. */
export function NoticesPage({ api, locale, subPath, navigate }: ModuleWebProps) {
  const t = messagesFor(locale);
  const ids = useId();
  const [page] = useResource(() => api.get<NoticesJson>('notices'), 'notices');

  if (subPath.replace(/^\/+|\/+$/g, '') !== '') {
    return (
      <div className="civ-notices">
        <h1>{t.title}</h1>
        <p>{t.notFound}</p>
        <p>
          <ModuleLink base={PORTAL_BASE} to="" navigate={navigate}>
            {t.allNotices}
          </ModuleLink>
        </p>
      </div>
    );
  }

  return (
    <div className="civ-notices">
      <h1>{t.title}</h1>
      {page.state === 'loading' && <p role="status">{t.loading}</p>}
      {page.state === 'failed' && <p className="civ-notices-error">{t.loadFailed}</p>}
      {page.state === 'ready' && (
        <>
          <section aria-labelledby={`${ids}-current`}>
            <h2 id={`${ids}-current`}>{t.current}</h2>
            {page.data.current.length === 0 ? (
              <p>{t.noCurrent}</p>
            ) : (
              <NoticeList notices={page.data.current} locale={locale} timeZone={page.data.timeZone} />
            )}
          </section>
          <section aria-labelledby={`${ids}-recent`}>
            <h2 id={`${ids}-recent`}>{t.recent}</h2>
            {page.data.recent.length === 0 ? (
              <p>{t.noRecent}</p>
            ) : (
              <NoticeList notices={page.data.recent} locale={locale} timeZone={page.data.timeZone} />
            )}
          </section>
          <p className="civ-notices-note">{t.timeZoneNote(page.data.timeZone)}</p>
        </>
      )}
    </div>
  );
}
