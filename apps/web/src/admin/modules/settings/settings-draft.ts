import type { DraftProblem, SettingField, SettingsDraft } from './setting-field.ts';

/** The current values as the form edits them: lists one item per line, numbers as typed text. */
export function toDraft(fields: SettingField[], values: Record<string, unknown>): SettingsDraft {
  const draft: SettingsDraft = {};
  for (const field of fields) {
    const value = values[field.key] ?? field.defaultValue;
    if (field.kind === 'boolean') draft[field.key] = value === true;
    else if (field.kind === 'list') draft[field.key] = Array.isArray(value) ? value.join('\n') : '';
    else if (field.kind !== 'unsupported') draft[field.key] = value == null ? '' : String(value);
  }
  return draft;
}

/**
 * The settings to send, and what is wrong before sending. Settings the form cannot edit keep the
 * value they had. The server checks everything again; this only saves a round trip.
 */
export function fromDraft(
  fields: SettingField[],
  draft: SettingsDraft,
  original: Record<string, unknown>,
): { settings: Record<string, unknown>; problems: Record<string, DraftProblem> } {
  const settings: Record<string, unknown> = { ...original };
  const problems: Record<string, DraftProblem> = {};
  for (const field of fields) {
    if (field.kind === 'unsupported') continue;
    const raw = draft[field.key];
    if (field.kind === 'boolean') {
      settings[field.key] = raw === true;
      continue;
    }
    const value = typeof raw === 'string' ? raw : '';
    const [result, problem] = readValue(field, value);
    if (problem) problems[field.key] = problem;
    else settings[field.key] = result;
  }
  return { settings, problems };
}

function readValue(field: SettingField, value: string): [unknown, DraftProblem?] {
  const blank = value.trim() === '';
  if (blank && field.nullable && field.kind !== 'list') return [null];
  switch (field.kind) {
    case 'number': {
      if (blank) return [undefined, { code: 'required' }];
      const n = Number(value.trim().replace(',', '.'));
      if (!Number.isFinite(n)) return [undefined, { code: 'notANumber' }];
      if (field.integer && !Number.isInteger(n)) return [undefined, { code: 'notWhole' }];
      if (field.minimum !== undefined && n < field.minimum) return [undefined, { code: 'tooSmall', limit: field.minimum }];
      if (field.maximum !== undefined && n > field.maximum) return [undefined, { code: 'tooBig', limit: field.maximum }];
      return [n];
    }
    case 'select':
      return field.options.includes(value) ? [value] : [undefined, { code: 'notAnOption' }];
    case 'text':
      if (field.maxLength !== undefined && value.length > field.maxLength) return [undefined, { code: 'tooLong', limit: field.maxLength }];
      if (field.minLength !== undefined && value.length < field.minLength) return [undefined, { code: 'tooShort', limit: field.minLength }];
      return [value];
    case 'list': {
      const items = value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      if (field.maxItems !== undefined && items.length > field.maxItems) return [undefined, { code: 'tooManyItems', limit: field.maxItems }];
      const long = field.itemMaxLength === undefined ? -1 : items.findIndex((i) => i.length > field.itemMaxLength!);
      if (long >= 0) return [undefined, { code: 'itemTooLong', limit: field.itemMaxLength, item: long + 1 }];
      return [items];
    }
    default:
      return [value];
  }
}
