import { recordAudit, type Actor } from '@civitas/audit';
import type { AppClient } from '@civitas/db';
import { HttpError, notFound } from '@civitas/http';
import type { ModuleRegistry } from '@civitas/module-sdk';
import {
  assertBuiltModuleDefinition,
  type BuiltModuleDefinition,
  checkVersionLabel,
  classifyChange,
  bumpVersion,
  FIRST_VERSION,
  parseBuiltModuleDefinition,
  builderText,
} from '@civitas/module-sdk/builder';
import semver from 'semver';
import { z } from 'zod';
import { findDraft, insertVersion, listVersions, saveDraft } from './builder-repository.ts';

export interface BuilderContext {
  tenantSlug: string;
  actor: Actor;
  requestId?: string;
}

export interface BuilderDeps {
  db: AppClient;
  registry: ModuleRegistry;
  /** Reloads the built modules everywhere after a publish. */
  announce: () => Promise<void>;
}

const draftErrors = (definition: unknown) => {
  const result = parseBuiltModuleDefinition(definition);
  return result.success ? [] : result.errors;
};

/** A draft as the editor shows it: the definition as saved (valid or not) and what is wrong with it. */
export const draftJson = (row: { moduleId: string; definition: unknown; basedOnVersion: string | null; updatedAt: Date }) => ({
  moduleId: row.moduleId,
  definition: row.definition,
  basedOnVersion: row.basedOnVersion,
  updatedAt: row.updatedAt.toISOString(),
  errors: draftErrors(row.definition),
});

const definitionBody = z.object({ definition: z.record(z.string(), z.unknown()) }).strict();

/**
 * Saves the city's draft. A draft may be incomplete (it is work in progress), but it is always
 * the city's own module: its id and author are fixed, and an id another module holds is refused.
 */
export async function saveBuilderDraft(deps: BuilderDeps, ctx: BuilderContext, moduleId: string, body: unknown) {
  const { definition } = definitionBody.parse(body);
  if (definition.id !== moduleId) throw new HttpError(400, 'invalid_input', 'The definition’s id must be the module id.', { 'definition.id': `must be ${moduleId}` });
  if (definition.author !== ctx.tenantSlug) {
    throw new HttpError(400, 'invalid_input', 'A city builds modules as itself.', { 'definition.author': `must be ${ctx.tenantSlug}` });
  }
  if (deps.registry.has(moduleId) && !deps.registry.isBuilt(moduleId)) throw new HttpError(409, 'id_taken', `The id "${moduleId}" belongs to another module.`);
  const published = await listVersions(deps.db, moduleId);
  if (published.some((v) => v.authorSlug !== ctx.tenantSlug)) throw new HttpError(409, 'id_taken', `The id "${moduleId}" belongs to another city’s module.`);
  const existing = await findDraft(deps.db, moduleId);
  const row = await saveDraft(deps.db, moduleId, {
    definition,
    basedOnVersion: existing?.basedOnVersion ?? published[0]?.version ?? null,
    updatedBy: ctx.actor.label,
  });
  return draftJson(row);
}

const publishBody = z
  .object({
    /** Optional: the next version by the change's level when absent. */
    version: z.string().max(40).optional(),
    changelog: builderText(2000),
  })
  .strict();

/**
 * Publishes the draft as a new immutable version. The diff from the latest version decides the
 * least version it needs; a breaking change is never accepted under a minor or patch number.
 */
export async function publishBuiltModule(deps: BuilderDeps, ctx: BuilderContext, moduleId: string, body: unknown) {
  const input = publishBody.safeParse(body);
  if (!input.success) {
    throw new HttpError(400, 'invalid_input', 'The publish request is not valid.', Object.fromEntries(input.error.issues.map((i) => [i.path.join('.') || 'body', i.message])));
  }
  const draft = await findDraft(deps.db, moduleId);
  if (!draft) throw notFound(`A draft of "${moduleId}"`);
  const errors = draftErrors(draft.definition);
  if (errors.length) {
    throw new HttpError(400, 'invalid_definition', `The module cannot be published yet: ${errors.length} problem(s).`, Object.fromEntries(errors.map((e) => [e.path || 'definition', e.message])));
  }
  const definition = assertBuiltModuleDefinition(draft.definition);
  const published = await listVersions(deps.db, moduleId);
  const latest = published.map((v) => v.version).sort(semver.rcompare)[0] ?? null;
  const previous = latest ? assertBuiltModuleDefinition(published.find((v) => v.version === latest)!.definition) : null;
  const change = previous ? classifyChange(previous, definition) : { level: 'none' as const, reasons: [] };
  if (previous && change.level === 'none') throw new HttpError(409, 'no_change', `The draft is the same as version ${latest}.`);
  const version = input.data.version ?? (latest ? bumpVersion(latest, change.level) : FIRST_VERSION);
  const refused = checkVersionLabel(latest, version, change.level);
  if (refused) {
    throw new HttpError(409, 'version_refused', `Version ${version} does not fit this change: ${refused}.`, { version: refused }, { change });
  }
  for (const locale of definition.locales) {
    if (!input.data.changelog[locale]) throw new HttpError(400, 'invalid_input', 'The changelog needs every locale of the module.', { [`changelog.${locale}`]: 'is missing' });
  }
  await deps.db.$transaction(async (tx) => {
    const client = tx as unknown as AppClient;
    await insertVersion(client, {
      moduleId,
      version,
      authorSlug: ctx.tenantSlug,
      definition: definition as object,
      changeLevel: change.level,
      changes: change.reasons,
      changelog: input.data.changelog,
      publishedBy: ctx.actor.label,
    }).catch((error: { code?: string; message?: string }) => {
      if (error.code === 'P2002' || /is taken|unique/i.test(error.message ?? '')) throw new HttpError(409, 'id_taken', `The id "${moduleId}" or version ${version} is taken.`);
      throw error;
    });
    await saveDraft(client, moduleId, { definition: draft.definition as object, basedOnVersion: version, updatedBy: ctx.actor.label });
    await recordAudit(client, {
      actor: ctx.actor,
      action: 'builder.published',
      targetType: 'module',
      targetId: moduleId,
      before: latest ? { version: latest } : null,
      after: { version, change: change.level },
      requestId: ctx.requestId,
    });
  });
  await deps.announce();
  return { version, change };
}

/** What publishing the draft now would be: the change from the latest version and the version it needs. */
export async function previewPublish(deps: BuilderDeps, moduleId: string) {
  const draft = await findDraft(deps.db, moduleId);
  if (!draft) throw notFound(`A draft of "${moduleId}"`);
  const errors = draftErrors(draft.definition);
  const published = await listVersions(deps.db, moduleId);
  const latest = published.map((v) => v.version).sort(semver.rcompare)[0] ?? null;
  if (errors.length) return { errors, latest, change: null, nextVersion: null };
  const definition = assertBuiltModuleDefinition(draft.definition);
  const previous = latest ? (published.find((v) => v.version === latest)!.definition as BuiltModuleDefinition) : null;
  const change = previous ? classifyChange(assertBuiltModuleDefinition(previous), definition) : { level: 'none' as const, reasons: [] };
  return { errors, latest, change, nextVersion: latest ? bumpVersion(latest, change.level) : FIRST_VERSION };
}
