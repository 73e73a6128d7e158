import type { LocalizedText } from '../../../shared/api/module-types.ts';
import { localize } from '../../../shared/i18n/localize.ts';
import type { SettingField } from './setting-field.ts';

type Schema = Record<string, unknown>;

/** Text that may run longer than this is edited in a textarea. */
const LONG_TEXT = 200;

// zod writes the bounds of `.int()` without limits as ±MAX_SAFE_INTEGER: not worth telling anyone.
const bound = (value: unknown) => (typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined);

/** The top-level properties of a settings schema (draft 2020-12, from zod) as form fields, in order. */
export function readSettingsSchema(schema: Schema, locale: string): SettingField[] {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  return Object.entries(properties).map(([key, raw]) => {
    const { schema: property, nullable } = unwrapNullable(raw);
    const base = {
      key,
      label: text(raw.title ?? property.title, locale) || humanise(key),
      description: text(raw.description ?? property.description, locale) || undefined,
      defaultValue: 'default' in raw ? raw.default : property.default,
      nullable,
    };
    const options = enumOf(property);
    if (options) return { ...base, kind: 'select', options };
    switch (property.type) {
      case 'string': {
        const maxLength = bound(property.maxLength);
        return { ...base, kind: 'text', maxLength, minLength: bound(property.minLength), multiline: (maxLength ?? 0) > LONG_TEXT };
      }
      case 'integer':
      case 'number':
        return {
          ...base,
          kind: 'number',
          integer: property.type === 'integer',
          minimum: bound(property.minimum ?? property.exclusiveMinimum),
          maximum: bound(property.maximum ?? property.exclusiveMaximum),
        };
      case 'boolean':
        return { ...base, kind: 'boolean' };
      case 'array': {
        const items = (property.items ?? {}) as Schema;
        if (items.type !== 'string' || enumOf(items)) return { ...base, kind: 'unsupported' };
        return { ...base, kind: 'list', maxItems: bound(property.maxItems), itemMaxLength: bound(items.maxLength) };
      }
      default:
        return { ...base, kind: 'unsupported' };
    }
  });
}

function unwrapNullable(schema: Schema): { schema: Schema; nullable: boolean } {
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (!Array.isArray(variants)) return { schema, nullable: false };
  const others = variants.filter((v) => v.type !== 'null');
  if (others.length === 1 && others.length < variants.length) return { schema: others[0]!, nullable: true };
  // A union of string constants (z.union of literals) reads as a choice.
  if (others.every((v) => typeof v.const === 'string')) {
    return { schema: { type: 'string', enum: others.map((v) => v.const) }, nullable: others.length < variants.length };
  }
  return { schema: { type: 'unsupported' }, nullable: false };
}

function enumOf(schema: Schema): string[] | null {
  if (!Array.isArray(schema.enum)) return null;
  const values = schema.enum.filter((v): v is string => typeof v === 'string');
  return values.length === schema.enum.length ? values : null;
}

function text(value: unknown, locale: string): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as LocalizedText).en === 'string') return localize(value as LocalizedText, locale);
  return '';
}

/** "maxBannerNotices" → "Max banner notices", for a setting the module gave no title. */
export function humanise(key: string): string {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
