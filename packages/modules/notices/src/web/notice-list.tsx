import type { NoticeJson } from '../notices-api-types.ts';
import { NoticePeriod } from './notice-period.tsx';
import { SeverityTag } from './severity-tag.tsx';

/** Notices as articles under an h2 section: each titled by an h3. */
export function NoticeList({ notices, locale, timeZone }: { notices: NoticeJson[]; locale: string; timeZone: string }) {
  return (
    <ul className="civ-notices-list">
      {notices.map((n) => (
        <li key={n.id}>
          <article className={`civ-notices-card civ-notices-card--${n.severity}`}>
            <h3>{n.title}</h3>
            <p className="civ-notices-meta">
              <SeverityTag severity={n.severity} locale={locale} /> <NoticePeriod notice={n} locale={locale} timeZone={timeZone} />
            </p>
            <p className="civ-notices-body">{n.body}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
