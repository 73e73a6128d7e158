import type { z } from 'zod';
import type { Condition } from './condition-schema.ts';
import type { BuiltModuleDefinition } from './definition-schema.ts';
import { definitionTexts, type DefinitionPath } from './definition-texts.ts';
import { FILTERABLE_TYPES, type BuilderField } from './field-schema.ts';
import { BUILDER_LIMITS } from './limits.ts';
import { EMAIL_PLACEHOLDERS } from './workflow-schema.ts';

type Report = (path: DefinitionPath, message: string) => void;

/**
 * The checks across parts of a definition that its shape alone cannot express: every reference
 * names something that exists, every text is in every locale, conditions can be evaluated.
 */
export function checkDefinition(d: BuiltModuleDefinition, ctx: z.RefinementCtx) {
  const report: Report = (path, message) => ctx.addIssue({ code: 'custom', path, message });

  const size = JSON.stringify(d).length;
  if (size > BUILDER_LIMITS.definitionBytes) report([], `is ${size} bytes as JSON; at most ${BUILDER_LIMITS.definitionBytes}`);

  for (const { path, text } of definitionTexts(d)) {
    for (const locale of d.locales) if (!text[locale]) report([...path, locale], `is missing its ${locale} text`);
    for (const locale of Object.keys(text)) {
      if (!d.locales.includes(locale as never)) report([...path, locale], `is in ${locale}, which is not one of the module's locales`);
    }
  }

  unique(d.permissions.map((p) => p.verb), ['permissions'], 'verb', report);
  const verbs = new Set(d.permissions.map((p) => p.verb));
  unique(d.entityTypes.map((e) => e.key), ['entityTypes'], 'key', report);
  const entities = new Map(d.entityTypes.map((e) => [e.key, e]));

  d.entityTypes.forEach((entity, ei) => {
    const at: DefinitionPath = ['entityTypes', ei];
    unique(entity.fields.map((f) => f.key), [...at, 'fields'], 'key', report);
    const fields = new Map(entity.fields.map((f) => [f.key, f]));
    if (entity.fields.filter((f) => f.type === 'submitter').length > 1) report([...at, 'fields'], 'may have only one submitter field');
    entity.fields.forEach((field, fi) => {
      const fp = [...at, 'fields', fi];
      if (field.type === 'reference' && !entities.has(field.entityType)) {
        report([...fp, 'entityType'], `names "${field.entityType}", which is not an entity type of this module`);
      }
      if (field.visibleWhen) checkCondition(field, field.visibleWhen, fields, [...fp, 'visibleWhen'], report);
    });
    const cycle = conditionCycle(entity.fields);
    if (cycle) report([...at, 'fields'], `have conditions that depend on each other: ${cycle.join(' → ')}`);

    const wf = entity.workflow;
    const wp = [...at, 'workflow'];
    unique(wf.states.map((s) => s.key), [...wp, 'states'], 'key', report);
    unique(wf.transitions.map((t) => t.key), [...wp, 'transitions'], 'key', report);
    const states = new Map(wf.states.map((s) => [s.key, s]));
    if (!states.has(wf.initial)) report([...wp, 'initial'], `names "${wf.initial}", which is not a state of this workflow`);
    else if (states.get(wf.initial)!.terminal && wf.states.length > 1) report([...wp, 'initial'], 'must not be a terminal state');
    wf.transitions.forEach((t, ti) => {
      const tp = [...wp, 'transitions', ti];
      t.from.forEach((s, si) => {
        if (!states.has(s)) report([...tp, 'from', si], `names "${s}", which is not a state of this workflow`);
        else if (states.get(s)!.terminal) report([...tp, 'from', si], `"${s}" is a terminal state: no step may leave it`);
      });
      if (!states.has(t.to)) report([...tp, 'to'], `names "${t.to}", which is not a state of this workflow`);
      if (t.from.includes(t.to)) report([...tp, 'to'], 'must differ from the states it leaves');
      if (!verbs.has(t.permission)) report([...tp, 'permission'], `names "${t.permission}", which is not one of the module's permissions`);
    });
    wf.states.forEach((s, si) => {
      if (!s.email) return;
      for (const part of ['subject', 'body'] as const) {
        for (const [locale, text] of Object.entries(s.email[part])) {
          for (const word of placeholders(text ?? '')) {
            if (!(EMAIL_PLACEHOLDERS as readonly string[]).includes(word)) {
              report([...wp, 'states', si, 'email', part, locale], `uses {{${word}}}; the words it may use are ${EMAIL_PLACEHOLDERS.join(', ')}`);
            }
          }
        }
      }
    });
  });

  unique(d.forms.map((f) => f.key), ['forms'], 'key', report);
  d.forms.forEach((form, i) => {
    const entity = entities.get(form.entityType);
    if (!entity) return report(['forms', i, 'entityType'], `names "${form.entityType}", which is not an entity type of this module`);
    if (form.submitters === 'anyone' && form.frequency === 'once') {
      report(['forms', i, 'frequency'], '"once" needs submitters who sign in: anonymous visitors cannot be told apart');
    }
    if (form.opensAt && form.closesAt && Date.parse(form.opensAt) >= Date.parse(form.closesAt)) {
      report(['forms', i, 'closesAt'], 'must be after opensAt');
    }
    const fields = new Map(entity.fields.map((f) => [f.key, f]));
    form.fields?.forEach((key, fi) => {
      const field = fields.get(key);
      if (!field) report(['forms', i, 'fields', fi], `names "${key}", which is not a field of ${form.entityType}`);
      else if (field.type === 'submitter') report(['forms', i, 'fields', fi], `"${key}" is filled in by the platform, not asked for`);
      else if (field.visibility === 'staff' && form.submitters !== 'staff') report(['forms', i, 'fields', fi], `"${key}" is for staff only`);
    });
    if (form.fields) unique(form.fields, ['forms', i, 'fields'], null, report);
  });

  unique(d.pages.map((p) => p.key), ['pages'], 'key', report);
  d.pages.forEach((page, i) => {
    const entity = entities.get(page.entityType);
    if (!entity) return report(['pages', i, 'entityType'], `names "${page.entityType}", which is not an entity type of this module`);
    if (page.kind !== 'list') return;
    const fields = new Map(entity.fields.map((f) => [f.key, f]));
    const shown = (list: string[], name: string) =>
      list.forEach((key, ki) => {
        const field = fields.get(key);
        if (!field) report(['pages', i, name, ki], `names "${key}", which is not a field of ${page.entityType}`);
        else if (field.visibility === 'staff') report(['pages', i, name, ki], `"${key}" is for staff only`);
        else if (field.type === 'submitter') report(['pages', i, name, ki], `"${key}" names a resident and may not be listed`);
      });
    shown(page.columns, 'columns');
    shown(page.filters, 'filters');
    if (page.detailFields) shown(page.detailFields, 'detailFields');
    page.filters.forEach((key, ki) => {
      const field = fields.get(key);
      if (field && !FILTERABLE_TYPES.includes(field.type)) {
        report(['pages', i, 'filters', ki], `"${key}" is a ${field.type} field; lists filter on choice, yes/no and date fields`);
      }
    });
    const states = new Set(entity.workflow.states.map((s) => s.key));
    page.states?.forEach((s, si) => {
      if (!states.has(s)) report(['pages', i, 'states', si], `names "${s}", which is not a state of ${page.entityType}`);
    });
  });

  d.settings.forEach((s, i) => {
    const at: DefinitionPath = ['settings', i];
    if (s.kind === 'formConfirmation') {
      if (!d.forms.some((f) => f.key === s.form)) report([...at, 'form'], `names "${s.form}", which is not a form of this module`);
      return;
    }
    const entity = entities.get(s.entityType);
    if (!entity) return report([...at, 'entityType'], `names "${s.entityType}", which is not an entity type of this module`);
    if (s.kind === 'stateEmail') {
      const state = entity.workflow.states.find((st) => st.key === s.state);
      if (!state) report([...at, 'state'], `names "${s.state}", which is not a state of ${s.entityType}`);
      else if (!state.email) report([...at, 'state'], `"${s.state}" sends no email to change`);
      return;
    }
    const field = entity.fields.find((f) => f.key === s.field);
    if (!field) report([...at, 'field'], `names "${s.field}", which is not a field of ${s.entityType}`);
    else if (s.kind === 'choiceOptions' && field.type !== 'singleChoice' && field.type !== 'multipleChoice') {
      report([...at, 'field'], `"${s.field}" has no choice options`);
    }
  });
  unique(d.settings.map(settingKey), ['settings'], null, report);
}

/** The settings key of an adoptable setting: what the adopting city's settings object holds. */
export function settingKey(s: BuiltModuleDefinition['settings'][number]): string {
  if (s.kind === 'formConfirmation') return `formConfirmation.${s.form}`;
  if (s.kind === 'stateEmail') return `stateEmail.${s.entityType}.${s.state}`;
  return `${s.kind}.${s.entityType}.${s.field}`;
}

function unique(values: string[], path: DefinitionPath, key: string | null, report: Report) {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) report(key ? [...path, i, key] : [...path, i], `"${v}" is used twice`);
    seen.add(v);
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^}\s]*)\s*\}\}/g)].map((m) => m[1]!);

function checkCondition(field: BuilderField, c: Condition, fields: Map<string, BuilderField>, path: DefinitionPath, report: Report) {
  const target = fields.get(c.field);
  if (!target) return report([...path, 'field'], `names "${c.field}", which is not a field of this entity type`);
  if (target.key === field.key) return report([...path, 'field'], 'a field cannot depend on itself');
  if (['submitter', 'file', 'photo', 'address', 'richText'].includes(target.type)) {
    return report([...path, 'field'], `"${c.field}" is a ${target.type} field; conditions can only test whether it is set`);
  }
  if (target.visibility === 'staff' && field.visibility === 'resident') {
    report([...path, 'field'], `"${c.field}" is for staff only, so residents could never see this field`);
  }
  const values = c.value === undefined ? [] : Array.isArray(c.value) ? c.value : [c.value];
  if (target.type === 'singleChoice' || target.type === 'multipleChoice') {
    const allowed = new Set(target.options.map((o) => o.value));
    values.forEach((v) => {
      if (!allowed.has(String(v))) report([...path, 'value'], `"${String(v)}" is not an option of ${c.field}`);
    });
  }
  if (c.operator === 'contains' && target.type !== 'multipleChoice') report([...path, 'operator'], '"contains" tests a multiple-choice field');
  if ((c.operator === 'greaterThan' || c.operator === 'lessThan') && !['number', 'money', 'date', 'dateTime'].includes(target.type)) {
    report([...path, 'operator'], `"${c.operator}" compares number, money or date fields`);
  }
  if (target.type === 'yesNo' && values.some((v) => typeof v !== 'boolean')) report([...path, 'value'], 'must be true or false');
  if ((target.type === 'number' || target.type === 'money') && values.some((v) => typeof v !== 'number')) {
    report([...path, 'value'], 'must be a number');
  }
}

/** A chain of conditions that loops back on itself, if any. */
function conditionCycle(fields: BuilderField[]): string[] | null {
  const dependsOn = new Map(fields.map((f) => [f.key, f.visibleWhen?.field]));
  for (const start of fields) {
    const chain = [start.key];
    let next = dependsOn.get(start.key);
    while (next && dependsOn.has(next)) {
      if (next === start.key) return [...chain, next];
      if (chain.includes(next)) break;
      chain.push(next);
      next = dependsOn.get(next);
    }
  }
  return null;
}
