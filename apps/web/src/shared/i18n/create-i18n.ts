import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * One i18next instance per page, with its messages bundled in: the faces must render
 * under a strict CSP without a round trip for translations.
 */
export async function createI18n(resources: Resource, lng: string): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    initAsync: false,
    // React escapes output already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const syncLang = (lang: string) => {
    document.documentElement.lang = lang;
  };
  syncLang(instance.language);
  instance.on('languageChanged', syncLang);
  return instance;
}
