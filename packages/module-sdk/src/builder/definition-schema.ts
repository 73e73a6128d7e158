import { z } from 'zod';
import { MODULE_CATEGORIES } from '../define-module.ts';
import { builderKey } from './condition-schema.ts';
import { checkDefinition } from './check-definition.ts';
import { fieldSchema } from './field-schema.ts';
import { formSchema, pageSchema } from './form-page-schema.ts';
import { BUILDER_LIMITS as L } from './limits.ts';
import { BUILDER_LOCALES, builderText } from './localized-text.ts';
import { workflowSchema } from './workflow-schema.ts';

export const BUILDER_SCHEMA_VERSION = 1;

export const entityTypeSchema = z
  .object({
    key: builderKey,
    label: builderText(L.label),
    fields: z
      .array(fieldSchema)
      .min(1, 'needs at least one field')
      .max(L.fieldsPerEntityType, `at most ${L.fieldsPerEntityType} fields`),
    workflow: workflowSchema,
  })
  .strict();

export const builderPermissionSchema = z
  .object({
    /** The module's permission is `<module id>.<verb>`. */
    verb: builderKey,
    description: builderText(L.label),
    defaultRoles: z.array(z.enum(['admin', 'editor', 'moderator'])).min(1).default(['admin']),
  })
  .strict();

/** Something an adopting city may change, with the definition's own text as the default. */
export const adoptableSettingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fieldLabel'), entityType: builderKey, field: builderKey }).strict(),
  z.object({ kind: z.literal('choiceOptions'), entityType: builderKey, field: builderKey }).strict(),
  z.object({ kind: z.literal('stateEmail'), entityType: builderKey, state: builderKey }).strict(),
  z.object({ kind: z.literal('formConfirmation'), form: builderKey }).strict(),
]);

/**
 * A built module: what a city's staff make in the builder. Pure data, checked whole (references,
 * conditions, limits) so a definition that parses can be served without further checks.
 */
export const builtModuleDefinitionSchema = z
  .object({
    schemaVersion: z.literal(BUILDER_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z][a-z0-9-]{2,39}$/, 'must be 3–40 lower-case letters, digits and dashes, starting with a letter'),
    /** The locales every text is written in; English is always one (the platform's fallback). */
    locales: z
      .array(z.enum(BUILDER_LOCALES))
      .min(1)
      .refine((l) => l.includes('en'), 'must include en')
      .refine((l) => new Set(l).size === l.length, 'must not repeat a locale'),
    name: builderText(80),
    description: builderText(L.description),
    category: z.enum(MODULE_CATEGORIES),
    /** Slug of the city that built it. */
    author: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a city slug'),
    /** What the module keeps about residents and why: shown on each city's privacy page. */
    privacy: builderText(L.privacy),
    permissions: z.array(builderPermissionSchema).min(1, 'needs at least one permission').max(L.permissions, `at most ${L.permissions} permissions`),
    entityTypes: z.array(entityTypeSchema).min(1, 'needs at least one entity type').max(L.entityTypes, `at most ${L.entityTypes} entity types`),
    forms: z.array(formSchema).max(L.forms, `at most ${L.forms} forms`).default([]),
    pages: z.array(pageSchema).max(L.pages, `at most ${L.pages} pages`).default([]),
    settings: z.array(adoptableSettingSchema).max(L.settings, `at most ${L.settings} settings`).default([]),
  })
  .strict()
  .superRefine(checkDefinition);

export type BuiltModuleDefinition = z.output<typeof builtModuleDefinitionSchema>;
export type BuiltModuleDefinitionInput = z.input<typeof builtModuleDefinitionSchema>;
export type BuilderEntityType = BuiltModuleDefinition['entityTypes'][number];
export type AdoptableSetting = z.infer<typeof adoptableSettingSchema>;
