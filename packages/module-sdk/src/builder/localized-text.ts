import { z } from 'zod';

/** Languages a built module may be written in: the platform's shipped locales. */
export const BUILDER_LOCALES = ['en', 'fr', 'hu', 'es'] as const;
export type BuilderLocale = (typeof BUILDER_LOCALES)[number];

/** A text per locale. Which locales must be present is checked against the definition's `locales`. */
export type BuilderText = Partial<Record<BuilderLocale, string>>;

export const builderText = (max: number) =>
  z.partialRecord(z.enum(BUILDER_LOCALES), z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));

/** The text in the reader's locale, else English, else any. */
export function pickText(text: BuilderText | undefined, locale: string): string {
  if (!text) return '';
  return text[locale as BuilderLocale] ?? text.en ?? Object.values(text)[0] ?? '';
}
