import { describe, expect, it } from 'vitest';
import { parseDomains, serverFieldProblems, toNewCityRequest, validateNewCity, type NewCityValues } from './validate-new-city.ts';

const valid: NewCityValues = {
  name: 'Lyon',
  slug: 'lyon',
  domains: '',
  locales: ['fr', 'en'],
  defaultLocale: 'fr',
  timeZone: 'Europe/Paris',
  adminEmail: 'maire@lyon.example',
  start: 'blank',
  copyFrom: '',
  modules: [],
};
const ctx = { cities: new Map([['paris', 'Paris']]), timeZones: new Set(['Europe/Paris', 'UTC']) };
const keys = (v: Partial<NewCityValues>) =>
  Object.fromEntries(Object.entries(validateNewCity({ ...valid, ...v }, ctx)).map(([field, problem]) => [field, problem.key]));

describe('validateNewCity', () => {
  it('accepts a complete form', () => {
    expect(keys({})).toEqual({});
  });

  it('refuses the slugs the API refuses, saying why', () => {
    expect(keys({ slug: '' })).toEqual({ slug: 'slugRequired' });
    expect(keys({ slug: 'ly' })).toEqual({ slug: 'slugFormat' });
    expect(keys({ slug: '1lyon' })).toEqual({ slug: 'slugFormat' });
    expect(keys({ slug: 'lyon-' })).toEqual({ slug: 'slugFormat' });
    expect(keys({ slug: 'api' })).toEqual({ slug: 'slugReserved' });
    expect(validateNewCity({ ...valid, slug: 'paris' }, ctx).slug).toEqual({ key: 'slugTaken', values: { slug: 'paris', city: 'Paris' } });
  });

  it('checks each custom domain, their number and repeats', () => {
    expect(keys({ domains: 'lyon.fr\nville.lyon.fr' })).toEqual({});
    expect(validateNewCity({ ...valid, domains: 'lyon.fr\nnot a host' }, ctx).domains).toEqual({ key: 'domainFormat', values: { host: 'not a host' } });
    expect(keys({ domains: 'lyon.fr\nLYON.fr' })).toEqual({ domains: 'domainTwice' });
    expect(keys({ domains: Array.from({ length: 11 }, (_, i) => `d${i}.lyon.fr`).join('\n') })).toEqual({ domains: 'domainCount' });
  });

  it('needs a language, a default among them, a known time zone, an email and the city to copy', () => {
    expect(keys({ locales: [] })).toEqual({ locales: 'localesRequired' });
    expect(keys({ locales: ['en'], defaultLocale: 'fr' })).toEqual({ defaultLocale: 'defaultLocale' });
    expect(keys({ timeZone: 'Europe/Lyon' })).toEqual({ timeZone: 'timeZone' });
    expect(keys({ adminEmail: ' ' })).toEqual({ adminEmail: 'adminEmailRequired' });
    expect(keys({ adminEmail: 'maire.lyon.example' })).toEqual({ adminEmail: 'adminEmailFormat' });
    expect(keys({ start: 'copy' })).toEqual({ copyFrom: 'copyFromRequired' });
    expect(keys({ name: 'L' })).toEqual({ name: 'nameLength' });
  });
});

describe('toNewCityRequest', () => {
  it('sends the copied city only when copying, and one domain per line', () => {
    expect(toNewCityRequest({ ...valid, domains: ' Lyon.fr \n\nville.lyon.fr', copyFrom: 'paris' })).toMatchObject({ domains: ['lyon.fr', 'ville.lyon.fr'], copyFrom: null });
    expect(toNewCityRequest({ ...valid, start: 'copy', copyFrom: 'paris' }).copyFrom).toBe('paris');
    expect(parseDomains('a.fr, b.fr')).toEqual(['a.fr', 'b.fr']);
  });
});

describe('serverFieldProblems', () => {
  it('puts each API field next to its form field, with the line of a bad domain', () => {
    expect(serverFieldProblems({ slug: 'is reserved for the platform', 'domains.1': 'must be a host name', other: 'x' })).toEqual({
      slug: { message: 'is reserved for the platform' },
      domains: { message: 'must be a host name', line: 2 },
    });
  });
});
