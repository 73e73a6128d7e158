// Per city: one person may use two cities' sites in different languages.
const key = (slug: string) => `civitas.locale.${slug}`;

/** The language a resident chose on this city's site, kept in their browser only. */
export const localePreference = {
  read(slug: string): string | null {
    try {
      return localStorage.getItem(key(slug));
    } catch {
      return null; // storage can be disabled; the city default applies then
    }
  },
  write(slug: string, locale: string): void {
    try {
      localStorage.setItem(key(slug), locale);
    } catch {
      // Not remembered across visits, but the page still switches.
    }
  },
};
