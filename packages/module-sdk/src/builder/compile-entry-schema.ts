import { z } from 'zod';
import type { BuilderEntityType, BuiltModuleDefinition } from './definition-schema.ts';
import { visibleFieldKeys } from './evaluate-condition.ts';
import type { BuilderField } from './field-schema.ts';
import { fieldValueSchema, isEmptyValue } from './field-value-schema.ts';
import { pickText } from './localized-text.ts';

export interface EntrySchemaOptions {
  /** `resident` (default) leaves out staff-only fields; `staff` may fill them in too. */
  audience?: 'resident' | 'staff';
  /** A form's own list of fields; every field the audience may fill when absent. */
  fields?: string[];
  /** Language of the messages' field labels. */
  locale?: string;
}

export type EntryData = Record<string, unknown>;

/** The entity type, or an error naming what exists. */
export function findEntityType(definition: BuiltModuleDefinition, key: string): BuilderEntityType {
  const entity = definition.entityTypes.find((e) => e.key === key);
  if (!entity) throw new Error(`${definition.id} has no entity type "${key}" (it has ${definition.entityTypes.map((e) => e.key).join(', ')})`);
  return entity;
}

/** The fields a submission may carry: never the submitter (the server sets it). */
export function inputFields(entity: BuilderEntityType, options: EntrySchemaOptions = {}): BuilderField[] {
  const audience = options.audience ?? 'resident';
  const listed = options.fields ? new Set(options.fields) : null;
  return entity.fields.filter(
    (f) => f.type !== 'submitter' && (audience === 'staff' || f.visibility === 'resident') && (!listed || listed.has(f.key)),
  );
}

/**
 * The zod schema of a submission to one entity type of a built module. Unknown fields are refused;
 * each field is checked by its rules only while it is shown, a hidden field is neither required
 * nor kept, and every error's path is the field's key.
 */
export function compileEntrySchema(definition: BuiltModuleDefinition, entityType: string, options: EntrySchemaOptions = {}) {
  const entity = findEntityType(definition, entityType);
  const fields = inputFields(entity, options);
  const valueSchemas = new Map(fields.map((f) => [f.key, fieldValueSchema(f)]));
  const name = (f: BuilderField) => `“${pickText(f.label, options.locale ?? 'en').replace(/[.:?!]+$/, '')}”`;

  const known = new Set(fields.map((f) => f.key));
  return z.record(z.string(), z.unknown(), 'must be an object of field values').transform((input, ctx): EntryData => {
    let failed = false;
    const fail = (key: string, message: string) => {
      failed = true;
      ctx.issues.push({ code: 'custom', path: [key], message, input: input[key] });
    };
    for (const key of Object.keys(input)) if (!known.has(key)) fail(key, `is not a field of this form`);
    const parsed: EntryData = {};
    const problems = new Map<string, string>();
    for (const field of fields) {
      const raw = input[field.key];
      if (raw === undefined || raw === null || raw === '') continue;
      const result = valueSchemas.get(field.key)!.safeParse(raw);
      if (result.success) parsed[field.key] = result.data;
      else problems.set(field.key, `${name(field)} ${result.error.issues[0]?.message ?? 'is not valid'}`);
    }
    const shown = visibleFieldKeys(fields, parsed);
    const data: EntryData = {};
    for (const field of fields) {
      if (!shown.has(field.key)) continue;
      const problem = problems.get(field.key);
      if (problem) fail(field.key, problem);
      else if (field.required && isEmptyValue(field, parsed[field.key])) fail(field.key, `${name(field)} is required`);
      else if (!isEmptyValue(field, parsed[field.key])) data[field.key] = parsed[field.key];
    }
    return failed ? z.NEVER : data;
  });
}
