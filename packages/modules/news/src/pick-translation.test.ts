import { describe, expect, it } from 'vitest';
import { pickTranslation, readerLocale } from './pick-translation.ts';

const fr = { locale: 'fr', title: 'Travaux' };
const en = { locale: 'en', title: 'Road works' };

describe('pickTranslation', () => {
  it('gives the reader’s own locale when written', () => {
    expect(pickTranslation([fr, en], 'en', 'fr')).toEqual({ translation: en, fallback: false });
  });
  it('falls back to the city’s default locale, marked', () => {
    expect(pickTranslation([fr], 'en', 'fr')).toEqual({ translation: fr, fallback: true });
  });
  it('gives nothing when neither is written', () => {
    expect(pickTranslation([en], 'hu', 'fr')).toBeNull();
  });
});

describe('readerLocale', () => {
  const city = { locales: ['fr', 'en'], defaultLocale: 'fr' };
  it('takes a locale the city speaks', () => expect(readerLocale('en', city)).toBe('en'));
  it('uses the default for anything else', () => {
    expect(readerLocale('hu', city)).toBe('fr');
    expect(readerLocale(undefined, city)).toBe('fr');
    expect(readerLocale(['en'], city)).toBe('fr');
  });
});
