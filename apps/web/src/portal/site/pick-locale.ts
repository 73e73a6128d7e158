import type { Site } from '../../shared/api/api-types.ts';

/** `?lang=` first (a shared link), then the resident's remembered choice, then the city default. */
export function pickLocale(site: Pick<Site, 'locales' | 'defaultLocale'>, fromUrl: string | null, remembered: string | null): string {
  for (const candidate of [fromUrl, remembered]) {
    if (candidate && site.locales.includes(candidate)) return candidate;
  }
  return site.defaultLocale;
}
