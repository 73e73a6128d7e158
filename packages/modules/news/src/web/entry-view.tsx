import type { ReaderEntryDetailJson } from '../news-api-types.ts';
import { FallbackNote } from './fallback-note.tsx';
import { formatDate, type Messages } from './messages.ts';

/** One post or page as residents read it. The HTML was sanitised by the server. */
export function EntryView({ entry, t, locale, headingLevel = 1 }: { entry: ReaderEntryDetailJson; t: Messages; locale: string; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article className="civ-news-article">
      {entry.fallback && <FallbackNote t={t} contentLocale={entry.locale} locale={locale} />}
      <div lang={entry.fallback ? entry.locale : undefined}>
        <Heading>{entry.title}</Heading>
        {entry.publishedAt && (
          <p className="civ-news-meta">
            {t.by(entry.author)} · {t.published(formatDate(entry.publishedAt, locale))}
          </p>
        )}
        <div className="civ-news-body" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }} />
      </div>
    </article>
  );
}
