import { z } from 'zod';
import { settingKey } from './check-definition.ts';
import { builderKey } from './condition-schema.ts';
import type { BuiltModuleDefinition } from './definition-schema.ts';
import { BUILDER_LIMITS as L } from './limits.ts';
import { builderText } from './localized-text.ts';

/**
 * The settings schema of a built module: one entry per thing the author lets an adopting city
 * change, defaulting to the author's own text, so the module works before anything is changed.
 */
export function builtModuleSettingsSchema(d: BuiltModuleDefinition) {
  const shape: Record<string, z.ZodType> = {};
  for (const s of d.settings) {
    const key = settingKey(s);
    if (s.kind === 'formConfirmation') {
      shape[key] = builderText(L.description).default(d.forms.find((f) => f.key === s.form)!.confirmation);
      continue;
    }
    const entity = d.entityTypes.find((e) => e.key === s.entityType)!;
    if (s.kind === 'stateEmail') {
      const email = entity.workflow.states.find((st) => st.key === s.state)!.email!;
      shape[key] = z.object({ subject: builderText(L.label), body: builderText(L.emailBody) }).strict().default(email);
      continue;
    }
    const field = entity.fields.find((f) => f.key === s.field)!;
    if (s.kind === 'fieldLabel') shape[key] = builderText(L.label).default(field.label);
    else if (field.type === 'singleChoice' || field.type === 'multipleChoice') {
      shape[key] = z
        .array(z.object({ value: builderKey, label: builderText(L.label) }).strict())
        .min(1)
        .max(L.optionsPerChoice)
        .refine((o) => new Set(o.map((x) => x.value)).size === o.length, 'lists an option value twice')
        .default(field.options);
    }
  }
  return z.object(shape);
}

/** The definition as one city serves it: its settings applied over the author's texts and options. */
export function applyBuiltModuleSettings(d: BuiltModuleDefinition, settings: Record<string, unknown>): BuiltModuleDefinition {
  const copy = structuredClone(d);
  for (const s of copy.settings) {
    const value = settings[settingKey(s)];
    if (value === undefined) continue;
    if (s.kind === 'formConfirmation') {
      const form = copy.forms.find((f) => f.key === s.form);
      if (form) form.confirmation = value as never;
      continue;
    }
    const entity = copy.entityTypes.find((e) => e.key === s.entityType);
    if (!entity) continue;
    if (s.kind === 'stateEmail') {
      const state = entity.workflow.states.find((st) => st.key === s.state);
      if (state) state.email = value as never;
      continue;
    }
    const field = entity.fields.find((f) => f.key === s.field);
    if (!field) continue;
    if (s.kind === 'fieldLabel') field.label = value as never;
    else if (field.type === 'singleChoice' || field.type === 'multipleChoice') field.options = value as never;
  }
  return copy;
}
