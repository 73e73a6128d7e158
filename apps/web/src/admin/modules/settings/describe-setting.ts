import type { TFunction } from 'i18next';
import type { DraftProblem, SettingField } from './setting-field.ts';

/** The hint under a setting: the module's description, the limits, and the default. */
export function settingHint(field: SettingField, t: TFunction): string {
  const parts = [field.description?.replace(/\.?$/, '.')];
  if (field.kind === 'number') {
    const { minimum: min, maximum: max } = field;
    const kind = field.integer ? 'whole' : 'any';
    if (min !== undefined && max !== undefined) parts.push(t(`admin.settings.hint.range.${kind}`, { min, max }));
    else if (min !== undefined) parts.push(t('admin.settings.hint.atLeast', { min }));
    else if (max !== undefined) parts.push(t('admin.settings.hint.atMost', { max }));
  }
  if (field.kind === 'text' && field.maxLength !== undefined) parts.push(t('admin.settings.hint.maxLength', { count: field.maxLength }));
  if (field.kind === 'list') {
    parts.push(field.maxItems !== undefined ? t('admin.settings.hint.linesMax', { count: field.maxItems }) : t('admin.settings.hint.lines'));
    if (field.itemMaxLength !== undefined) parts.push(t('admin.settings.hint.itemMaxLength', { count: field.itemMaxLength }));
  }
  parts.push(defaultHint(field, t));
  return parts.filter(Boolean).join(' ');
}

function defaultHint(field: SettingField, t: TFunction): string | undefined {
  const value = field.defaultValue;
  if (field.kind === 'unsupported' || value === undefined) return undefined;
  if (field.kind === 'boolean') return value ? t('admin.settings.hint.defaultOn') : t('admin.settings.hint.defaultOff');
  const shown = Array.isArray(value) ? value.join(', ') : value === null ? '' : String(value);
  return shown === '' ? t('admin.settings.hint.defaultEmpty') : t('admin.settings.hint.default', { value: shown });
}

/** A problem found before saving, as a sentence that names the setting. */
export function describeProblem(field: SettingField, problem: DraftProblem, t: TFunction): string {
  return t(`admin.settings.problem.${problem.code}`, { label: field.label, limit: problem.limit, item: problem.item });
}

/** The API's message for a setting ("must be at most 5"), as a sentence that names it. */
export function describeServerProblem(field: SettingField, message: string): string {
  return /^[a-z]/.test(message) ? `${field.label}: ${message}` : message;
}
