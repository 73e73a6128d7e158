const formatters = new Map<string, Intl.DateTimeFormat>();

/** "17:30" as the reader's language writes a time of day ("5:30 PM", "17:30"); "24:00" stays as it is. */
export function formatClock(time: string, locale: string): string {
  if (time === '24:00') return time;
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    formatters.set(locale, f);
  }
  return f.format(new Date(Date.UTC(2000, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5)))));
}
