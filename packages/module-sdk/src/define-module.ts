import type { AppClient, StaffRole } from '@civitas/db';
import type { JobDefinition, JobHandler } from '@civitas/jobs';
import type { Request, RequestHandler, Router } from 'express';
import semver from 'semver';
import { z } from 'zod';

/** Text in each shipped locale; `en` is required as the fallback. */
export type LocalizedText = { en: string } & Partial<Record<'fr' | 'hu' | 'es', string>>;

export const MODULE_CATEGORIES = ['participation', 'information', 'services', 'reporting', 'education', 'administration'] as const;
export type ModuleCategory = (typeof MODULE_CATEGORIES)[number];

export interface ModulePermission {
  /** `<module id>.<verb>`, e.g. `contacts.manage`. */
  id: string;
  description: LocalizedText;
  /** Staff roles that hold it unless a city changes that. */
  defaultRoles: StaffRole[];
}

export interface ModuleNavigationEntry {
  /** Portal path, under `/m/<module id>/`. */
  path: string;
  label: LocalizedText;
}

/** What a module's code receives from the platform: it never builds its own connections. */
export interface ModuleContext {
  /** The app client: row-level security applies, and every request runs inside the city's scope. */
  db: AppClient;
  /** The calling city's settings for this module, validated, with defaults filled in. */
  settings: <T = Record<string, unknown>>(req: Request) => T;
  /** Middleware: a signed-in staff member of this city whose role holds the permission (401/403 otherwise). */
  requirePermission: (permissionId: string) => RequestHandler;
  /**
   * Middleware: a signed-in resident of this city (401 otherwise); sets `req.resident`. With
   * `verified`, only residents who confirmed their email address (403 otherwise): voting, reporting.
   */
  requireResident: (options?: { verified?: boolean }) => RequestHandler;
  /**
   * Appends to the city's audit log, with the signed-in account as actor. Pass the transaction
   * client of the change (`db.$transaction(async (tx) => ...)`) so the entry commits with it.
   */
  audit: (
    req: Request,
    entry: { action: string; targetType: string; targetId?: string; before?: unknown; after?: unknown },
    tx?: Pick<AppClient, 'auditEvent'>,
  ) => Promise<void>;
  /** Enqueues one of this module's jobs for the calling city (idempotent by the job's id). */
  enqueue: <P extends { tenantId: string }>(job: JobDefinition<P>, payload: P, options?: { delayMs?: number }) => Promise<string>;
  /** The platform's file store, for this city and this module only. */
  files: ModuleFiles;
}

/** Files a module keeps (pictures, attachments): the type is sniffed from the bytes, never taken from the client. */
export interface ModuleFiles {
  /** Stores the bytes if they are one of `types` and at most `maxBytes` (4xx naming `field` otherwise). */
  put: (bytes: Uint8Array, options: { maxBytes: number; types: readonly ModuleFileType[]; field?: string }) => Promise<{ id: string; contentType: string; size: number }>;
  /** Null when this city has no such file of this module. */
  read: (id: string) => Promise<{ id: string; contentType: string; size: number; bytes: Buffer } | null>;
}

export type ModuleFileType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'application/pdf';

export interface LifecycleContext<S> {
  db: AppClient;
  tenantId: string;
  /** The city the hook runs for: its language and clock, for any content the hook creates. */
  city: { slug: string; name: string; defaultLocale: string; locales: string[]; timeZone: string };
  settings: S;
  /** On upgrade: the version the city ran before. */
  fromVersion?: string;
}

/**
 * What a sweep gets: the city (with the host its emails link to), the module's settings there, the
 * time, and `enqueue` for the city's jobs. A sweep re-enqueues what should exist from what
 * PostgreSQL holds; jobs are idempotent by id, so one still in Redis is not doubled.
 */
export interface SweepContext<S> {
  db: AppClient;
  tenantId: string;
  city: { slug: string; name: string; host: string; defaultLocale: string; locales: string[]; timeZone: string };
  settings: S;
  now: Date;
  enqueue: ModuleContext['enqueue'];
}

/** What a module does with residents' personal data, for "download my data" and "delete my account". */
export interface ModulePrivacy {
  /** What the module keeps about a resident and why: shown on each city's privacy page. */
  keeps: LocalizedText;
  /** Everything the module holds about the resident, as JSON-serialisable data. */
  export?: (ctx: PrivacyContext) => Promise<unknown>;
  /**
   * Erases the resident's personal data when they delete their account; contributions the module
   * must keep (e.g. ballots that were counted) are anonymised instead. Must be safe to run twice.
   */
  erase?: (ctx: PrivacyContext) => Promise<void>;
}

export interface PrivacyContext {
  db: AppClient;
  tenantId: string;
  residentId: string;
}

export interface ChangelogEntry {
  version: string;
  date: string;
  notes: LocalizedText;
}

export interface ModuleDefinition<S extends z.ZodObject = z.ZodObject> {
  id: string;
  version: string;
  name: LocalizedText;
  description: LocalizedText;
  /** Slug of the city whose developers built it. */
  author: string;
  category: ModuleCategory;
  /** Module id → semver range of the version it needs. */
  dependsOn: Record<string, string>;
  /** Every field has a default, so a city can switch the module on before configuring it. */
  settings: S;
  permissions: ModulePermission[];
  /** Tables this module owns (and no other module reads). */
  tables: string[];
  changelog: ChangelogEntry[];
  /** Mounted under `/api/m/<id>/` for the cities that have it on. */
  api?: (ctx: ModuleContext) => Router;
  navigation: ModuleNavigationEntry[];
  jobs?: (ctx: { db: AppClient }) => JobHandler<any>[];
  /** Required when the module stores anything about residents. */
  privacy?: ModulePrivacy;
  /**
   * Run by the worker every few minutes for each city with the module on, in the city's scope:
   * re-derives from PostgreSQL every delayed effect (a publication, a deadline, a phase change) and
   * enqueues what is due or missing, since Redis may have lost its delayed jobs. Safe to run twice.
   */
  sweep?: (ctx: SweepContext<z.infer<S>>) => Promise<void>;
  /** Lifecycle hooks run as tenant-scoped jobs; each must be safe to run twice. */
  hooks?: {
    onEnable?: (ctx: LifecycleContext<z.infer<S>>) => Promise<void>;
    onDisable?: (ctx: LifecycleContext<z.infer<S>>) => Promise<void>;
    onUpgrade?: (ctx: LifecycleContext<z.infer<S>>) => Promise<void>;
  };
}

const ID = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * Declares a module: the one place that lists everything it contributes. Checked when the
 * module is loaded, so a malformed declaration fails at start, not in front of a city.
 */
export function defineModule<S extends z.ZodObject>(definition: ModuleDefinition<S>): ModuleDefinition<S> {
  const problems: string[] = [];
  if (!ID.test(definition.id)) problems.push(`id "${definition.id}" must be lower-case letters, digits and dashes`);
  if (!semver.valid(definition.version)) problems.push(`version "${definition.version}" is not semver`);
  for (const [dep, range] of Object.entries(definition.dependsOn)) {
    if (!semver.validRange(range)) problems.push(`dependency ${dep} has an invalid range "${range}"`);
    if (dep === definition.id) problems.push('a module cannot depend on itself');
  }
  const defaults = definition.settings.safeParse({});
  if (!defaults.success) problems.push(`settings need a default for every field (${defaults.error.issues[0]?.path.join('.')})`);
  for (const p of definition.permissions) {
    if (!p.id.startsWith(`${definition.id}.`)) problems.push(`permission ${p.id} must start with "${definition.id}."`);
  }
  for (const n of definition.navigation) {
    if (n.path.startsWith('/') || n.path.includes('..')) problems.push(`navigation path "${n.path}" must be relative to the module`);
  }
  if (!definition.changelog.some((c) => c.version === definition.version)) {
    problems.push(`changelog has no entry for version ${definition.version}`);
  }
  if (problems.length) throw new Error(`Module ${definition.id}: ${problems.join('; ')}`);
  return definition;
}

/** The JSON Schema of a module's settings, for forms and API docs. */
export function settingsJsonSchema(definition: ModuleDefinition): Record<string, unknown> {
  return z.toJSONSchema(definition.settings, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

export const settingsDefaults = (definition: ModuleDefinition) => definition.settings.parse({}) as Record<string, unknown>;
