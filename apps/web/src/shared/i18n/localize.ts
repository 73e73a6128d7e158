import type { LocalizedText } from '../api/module-types.ts';

/** The text in `locale` ("fr" or "fr-CA"), else English: modules ship `en` and any of fr, hu, es. */
export function localize(text: LocalizedText | string | null | undefined, locale: string): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  const exact = (text as Record<string, string | undefined>)[locale] ?? (text as Record<string, string | undefined>)[locale.split('-')[0]!];
  return exact || text.en;
}
