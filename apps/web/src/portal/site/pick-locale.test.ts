import { describe, expect, it } from 'vitest';
import { pickLocale } from './pick-locale.ts';

const site = { locales: ['fr', 'en'], defaultLocale: 'fr' };

describe('pickLocale', () => {
  it('prefers ?lang over the remembered choice', () => {
    expect(pickLocale(site, 'en', 'fr')).toBe('en');
  });
  it('ignores a language the city does not offer', () => {
    expect(pickLocale(site, 'hu', 'es')).toBe('fr');
    expect(pickLocale(site, 'hu', 'en')).toBe('en');
  });
  it('falls back to the city default', () => {
    expect(pickLocale(site, null, null)).toBe('fr');
  });
});
