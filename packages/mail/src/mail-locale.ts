export const mailLocales = ['en', 'fr', 'hu', 'es'] as const;
export type MailLocale = (typeof mailLocales)[number];

/** `fr`, `fr-CA` and `FR_fr` all mean French; anything we have no copy for gets English. */
export function resolveMailLocale(locale: string | undefined): MailLocale {
  const language = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (mailLocales as readonly string[]).includes(language ?? '') ? (language as MailLocale) : 'en';
}
