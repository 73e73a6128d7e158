import { languageName, type Messages } from './messages.ts';

/** Says plainly that the reader's language is missing and which one they are reading instead. */
export function FallbackNote({ t, contentLocale, locale }: { t: Messages; contentLocale: string; locale: string }) {
  return <p className="civ-news-fallback">{t.notTranslated(languageName(contentLocale, locale))}</p>;
}
