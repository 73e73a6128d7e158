/** Which text of an entry a reader gets: theirs, else the city's default locale, marked as such. */
export interface Picked<T extends { locale: string }> {
  translation: T;
  /** The locale asked for is missing: this is the default locale's text. */
  fallback: boolean;
}

export function pickTranslation<T extends { locale: string }>(translations: readonly T[], locale: string, defaultLocale: string): Picked<T> | null {
  const own = translations.find((t) => t.locale === locale);
  if (own) return { translation: own, fallback: false };
  const fallback = translations.find((t) => t.locale === defaultLocale);
  return fallback ? { translation: fallback, fallback: true } : null;
}

/** The locale asked for if the city speaks it, else the city's default. */
export function readerLocale(asked: unknown, city: { locales: string[]; defaultLocale: string }): string {
  return typeof asked === 'string' && city.locales.includes(asked) ? asked : city.defaultLocale;
}
