import type { ModuleWebProps } from '@civitas/module-sdk/web';
import type { ReaderEntryJson } from '../news-api-types.ts';
import { messagesFor } from './messages.ts';
import { PostList } from './post-list.tsx';
import { BASE } from './paths.ts';
import { useResource } from './use-resource.ts';

/** The latest news on the city's home page; nothing at all when there is none. */
export function NewsHome({ api, locale }: Omit<ModuleWebProps, 'subPath' | 'navigate'>) {
  const t = messagesFor(locale);
  const [res] = useResource(() => api.get<{ posts: ReaderEntryJson[] }>(`latest?locale=${locale}`), locale);
  if (res.state !== 'ready' || res.data.posts.length === 0) return null;
  // A full page load to the module: the home page has no module navigation of its own.
  const go = (subPath: string) => window.location.assign(`${BASE}${subPath}`);
  return (
    <section className="civ-news civ-news-home" aria-labelledby="civ-news-home-title">
      <h2 id="civ-news-home-title">{t.latest}</h2>
      <PostList posts={res.data.posts} t={t} locale={locale} navigate={go} headingLevel={3} />
      <p>
        <a href={BASE}>{t.allNews}</a>
      </p>
    </section>
  );
}
