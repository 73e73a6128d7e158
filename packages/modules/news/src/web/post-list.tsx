import type { ReaderEntryJson } from '../news-api-types.ts';
import { formatDate, languageName, type Messages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { BASE } from './paths.ts';

/** Posts as a list of headed summaries; `headingLevel` follows the page's outline. */
export function PostList({ posts, t, locale, navigate, headingLevel }: { posts: ReaderEntryJson[]; t: Messages; locale: string; navigate: (p: string) => void; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="civ-news-list">
      {posts.map((p) => (
        <li key={p.slug} className="civ-news-item" lang={p.fallback ? p.locale : undefined}>
          <Heading className="civ-news-item__title">
            <ModuleLink base={BASE} to={`posts/${p.slug}`} navigate={navigate}>
              {p.title}
            </ModuleLink>
          </Heading>
          {p.publishedAt && <p className="civ-news-meta">{t.published(formatDate(p.publishedAt, locale))}</p>}
          {p.summary && <p>{p.summary}</p>}
          {p.fallback && (
            <p className="civ-news-fallback" lang={locale}>
              {t.notTranslated(languageName(p.locale, locale))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
