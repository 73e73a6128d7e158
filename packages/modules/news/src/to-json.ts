import type { ReaderEntryDetailJson, ReaderEntryJson, StaffEntryJson } from './news-api-types.ts';
import type { EntryRow } from './news-repository.ts';
import { pickTranslation } from './pick-translation.ts';
import { sanitizeBody } from './sanitize-body.ts';

/** An entry as a reader in `locale` gets it; null when it has no text to show. */
export function toReaderJson(row: EntryRow, locale: string, defaultLocale: string): ReaderEntryDetailJson | null {
  const picked = pickTranslation(row.translations, locale, defaultLocale) ?? (row.translations[0] ? { translation: row.translations[0], fallback: true } : null);
  if (!picked) return null;
  const t = picked.translation;
  return {
    slug: row.slug,
    title: t.title,
    summary: t.summary,
    locale: t.locale,
    fallback: picked.fallback,
    author: row.authorName,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    // Stored sanitised; sanitised again on the way out, so a row written any other way cannot carry script.
    bodyHtml: sanitizeBody(t.bodyHtml),
  };
}

export const toSummaryJson = ({ bodyHtml: _body, ...summary }: ReaderEntryDetailJson): ReaderEntryJson => summary;

export function toStaffJson(row: EntryRow): StaffEntryJson {
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    status: row.status,
    publishAt: row.publishAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    navOrder: row.navOrder,
    authorName: row.authorName,
    updatedAt: row.updatedAt.toISOString(),
    translations: Object.fromEntries(row.translations.map((t) => [t.locale, { title: t.title, summary: t.summary, body: t.bodyHtml }])),
  };
}
