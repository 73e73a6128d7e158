const formatters = new Map<string, Intl.DateTimeFormat>();

/** An instant as the reader's language writes it, on the city's clock: "1 Dec 2026, 08:00". */
export function formatCityTime(iso: string, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    formatters.set(key, f);
  }
  return f.format(new Date(iso));
}
