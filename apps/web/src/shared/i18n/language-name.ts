// Each language is offered in its own name, so a reader finds theirs whatever the page language.
const OWN_NAMES: Record<string, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  hu: 'Magyar',
};

export function languageName(code: string): string {
  const known = OWN_NAMES[code] ?? OWN_NAMES[code.split('-')[0] ?? ''];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(code) + name.slice(1) : code;
  } catch {
    return code;
  }
}
