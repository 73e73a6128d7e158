import type { ModuleWebProps } from '@civitas/module-sdk/web';
import type { BannerJson } from '../notices-api-types.ts';
import { messagesFor } from './messages.ts';
import { PORTAL_BASE } from './paths.ts';
import { SeverityTag } from './severity-tag.tsx';
import { useResource } from './use-resource.ts';

/**
 * The active notices above every portal page (or the home page only, if the city says so). It
 * says nothing while loading or when the API fails: a banner must never break the page it sits on.
 */
export function NoticesBanner({ api, locale }: Omit<ModuleWebProps, 'subPath' | 'navigate'>) {
  const t = messagesFor(locale);
  const [banner] = useResource(() => api.get<BannerJson>('banner'), 'banner');
  if (banner.state !== 'ready' || banner.data.notices.length === 0) return null;
  // The banner is given no route; the portal's home page is "/".
  if (!banner.data.showOnEveryPage && window.location.pathname !== '/') return null;
  return (
    <section className="civ-notices-banner" aria-label={t.bannerLabel}>
      <ul className="civ-notices-banner__list">
        {banner.data.notices.map((n) => (
          <li key={n.id} className={`civ-notices-banner__item civ-notices-banner__item--${n.severity}`}>
            <p className="civ-notices-banner__title">
              <SeverityTag severity={n.severity} locale={locale} /> {n.title}
            </p>
            <p className="civ-notices-body">{n.body}</p>
          </li>
        ))}
      </ul>
      <p className="civ-notices-banner__more">
        <a href={PORTAL_BASE}>{t.allNotices}</a>
      </p>
    </section>
  );
}
