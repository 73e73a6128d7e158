import { isEmail } from '../../shared/forms/is-email.ts';
import type { CityLocale, NewCityRequest } from '../console-types.ts';
import { isHost } from '../forms/is-host.ts';

export type NewCityField = 'name' | 'slug' | 'domains' | 'locales' | 'defaultLocale' | 'timeZone' | 'adminEmail' | 'copyFrom' | 'modules';

/** The form as typed; `domains` is the textarea, one host per line. */
export interface NewCityValues {
  name: string;
  slug: string;
  domains: string;
  locales: CityLocale[];
  defaultLocale: CityLocale | '';
  timeZone: string;
  adminEmail: string;
  start: 'blank' | 'copy';
  copyFrom: string;
  modules: string[];
}

/** A message key under `console.newCity.errors`, with its values. */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
}

// Mirrors @civitas/platform's provisionRequest (server-only code): the server stays the judge.
const SLUG = /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/;
const MAX_DOMAINS = 10;
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'console', 'admin', 'api', 'www', 'mail', 'smtp', 'static', 'assets', 'cdn', 'status', 'docs', 'help',
  'support', 'civitas', 'platform', 'app', 'auth', 'login', 'metrics', 'queues', 'test', 'localhost', 'new',
]);

export const parseDomains = (raw: string): string[] =>
  raw
    .split(/[\n,]+/)
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean);

interface Context {
  /** City names by slug, to say which city already has an address. */
  cities: ReadonlyMap<string, string>;
  timeZones: ReadonlySet<string>;
}

/** The client's checks, before a round trip: the same rules as the API, said field by field. */
export function validateNewCity(v: NewCityValues, ctx: Context): Partial<Record<NewCityField, Problem>> {
  const found: Partial<Record<NewCityField, Problem>> = {};
  const name = v.name.trim();
  if (!name) found.name = { key: 'nameRequired' };
  else if (name.length < 2 || name.length > 80) found.name = { key: 'nameLength' };

  const slug = v.slug.trim().toLowerCase();
  if (!slug) found.slug = { key: 'slugRequired' };
  else if (!SLUG.test(slug)) found.slug = { key: 'slugFormat' };
  else if (RESERVED_SLUGS.has(slug)) found.slug = { key: 'slugReserved', values: { slug } };
  else if (ctx.cities.has(slug)) found.slug = { key: 'slugTaken', values: { slug, city: ctx.cities.get(slug)! } };

  const domains = parseDomains(v.domains);
  const bad = domains.find((d) => !isHost(d));
  if (bad) found.domains = { key: 'domainFormat', values: { host: bad } };
  else if (domains.length > MAX_DOMAINS) found.domains = { key: 'domainCount', values: { max: MAX_DOMAINS } };
  else if (new Set(domains).size !== domains.length) found.domains = { key: 'domainTwice' };

  if (v.locales.length === 0) found.locales = { key: 'localesRequired' };
  else if (!v.defaultLocale || !v.locales.includes(v.defaultLocale)) found.defaultLocale = { key: 'defaultLocale' };

  if (!ctx.timeZones.has(v.timeZone)) found.timeZone = { key: 'timeZone' };

  if (!v.adminEmail.trim()) found.adminEmail = { key: 'adminEmailRequired' };
  else if (!isEmail(v.adminEmail)) found.adminEmail = { key: 'adminEmailFormat' };

  if (v.start === 'copy' && !v.copyFrom) found.copyFrom = { key: 'copyFromRequired' };
  return found;
}

export function toNewCityRequest(v: NewCityValues): NewCityRequest {
  return {
    name: v.name.trim(),
    slug: v.slug.trim().toLowerCase(),
    domains: parseDomains(v.domains),
    locales: v.locales,
    defaultLocale: v.defaultLocale as NewCityRequest['defaultLocale'],
    timeZone: v.timeZone,
    adminEmail: v.adminEmail.trim(),
    modules: v.modules,
    copyFrom: v.start === 'copy' ? v.copyFrom : null,
  };
}

const FIELDS: readonly NewCityField[] = ['name', 'slug', 'domains', 'locales', 'defaultLocale', 'timeZone', 'adminEmail', 'copyFrom', 'modules'];

/**
 * The API's 400/409 `fields` (`slug`, `domains.2`, …) by form field. Its messages are sentence
 * ends ("is reserved for the platform"), so each keeps its key to be said after the field's name.
 */
export function serverFieldProblems(fields: Record<string, string>): Partial<Record<NewCityField, { message: string; line?: number }>> {
  const out: Partial<Record<NewCityField, { message: string; line?: number }>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const [head, index] = path.split('.');
    const field = FIELDS.find((f) => f === head);
    if (!field || out[field]) continue;
    out[field] = index !== undefined && /^\d+$/.test(index) ? { message, line: Number(index) + 1 } : { message };
  }
  return out;
}
