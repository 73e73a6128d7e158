import { describe, expect, it } from 'vitest';
import { entryInput } from './news-input.ts';

const city = { locales: ['fr', 'en'], defaultLocale: 'fr' };
const valid = { kind: 'post', slug: 'travaux-rivoli', translations: { fr: { title: 'Travaux', body: '<p>Texte</p><script>x()</script>' } } };

describe('entryInput', () => {
  it('sanitises bodies and fills defaults', () => {
    expect(entryInput(city).parse(valid)).toEqual({
      kind: 'post',
      slug: 'travaux-rivoli',
      navOrder: null,
      translations: [{ locale: 'fr', title: 'Travaux', summary: '', bodyHtml: '<p>Texte</p>' }],
    });
  });
  it('names the field that is wrong', () => {
    const issues = (input: unknown) => entryInput(city).safeParse(input).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ ...valid, slug: 'Not a slug!' })).toEqual(['slug']);
    expect(issues({ ...valid, translations: { en: { title: 'Works' } } })).toEqual(['translations.fr.title']);
    expect(issues({ ...valid, translations: { ...valid.translations, hu: { title: 'Munka' } } })).toEqual(['translations.hu']);
    expect(issues({ ...valid, navOrder: 1 })).toEqual(['navOrder']);
    expect(issues({ ...valid, translations: { fr: { title: ' ' } } })).toEqual(['translations.fr.title']);
  });
});
