import { z } from 'zod';

export const SUPPORTED_LOCALES = ['fr', 'hu', 'en', 'es'] as const;

/** Slugs that are, or may become, the platform's own host names. */
export const RESERVED_SLUGS = new Set([
  'console', 'admin', 'api', 'www', 'mail', 'smtp', 'static', 'assets', 'cdn', 'status', 'docs', 'help',
  'support', 'civitas', 'platform', 'app', 'auth', 'login', 'metrics', 'queues', 'test', 'localhost', 'new',
]);

const host = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/, 'must be a host name such as city.example.org');

/** The operator's form to provision a city. */
export const provisionRequest = z
  .object({
    name: z.string().trim().min(2, 'must be at least 2 characters').max(80, 'must be at most 80 characters'),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z][a-z0-9-]{1,30}[a-z0-9]$/, 'must be 3 to 32 lower-case letters, digits or dashes, starting with a letter')
      .refine((s) => !RESERVED_SLUGS.has(s), 'is reserved for the platform'),
    domains: z.array(host).max(10).default([]),
    locales: z.array(z.enum(SUPPORTED_LOCALES, `must be among ${SUPPORTED_LOCALES.join(', ')}`)).min(1, 'needs at least one language'),
    defaultLocale: z.enum(SUPPORTED_LOCALES),
    timeZone: z.string().refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', 'must be a time zone such as Europe/Paris'),
    adminEmail: z.string().trim().toLowerCase().email('must be an email address'),
    /** The modules the city may use (its plan). */
    modules: z.array(z.string()).max(200).default([]),
    /** Start from another city's enabled modules, settings and branding (none of its people or content). */
    copyFrom: z.string().nullable().default(null),
  })
  .refine((r) => r.locales.includes(r.defaultLocale), { path: ['defaultLocale'], message: 'must be one of the chosen languages' });

export type ProvisionRequest = z.infer<typeof provisionRequest>;

export const PROVISIONING_STEPS = [
  'create-city',
  'plan',
  'branding',
  'modules',
  'invite-admin',
  'warm-caches',
  'activate',
] as const;

export type ProvisioningStep = (typeof PROVISIONING_STEPS)[number];

export const STEP_LABELS: Record<ProvisioningStep, string> = {
  'create-city': 'Create the city and its domains',
  plan: 'Set the modules it may use',
  branding: 'Apply branding',
  modules: 'Switch on modules with their settings',
  'invite-admin': 'Invite the first administrator',
  'warm-caches': 'Warm caches',
  activate: 'Open the city',
};
