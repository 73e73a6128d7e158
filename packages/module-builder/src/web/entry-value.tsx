import type { BuilderField } from '@civitas/module-sdk/builder-web';
import { pickText } from '@civitas/module-sdk/builder-web';
import { messagesFor } from './messages.ts';

/** A stored value as a resident reads it: option labels, yes/no, the address on one line. */
export function entryValueText(field: BuilderField | undefined, value: unknown, locale: string): string {
  const t = messagesFor(locale);
  if (value === undefined || value === null) return '';
  if (!field) return String(value);
  switch (field.type) {
    case 'singleChoice':
      return pickText(field.options.find((o) => o.value === value)?.label, locale) || String(value);
    case 'multipleChoice':
      return (value as string[]).map((v) => pickText(field.options.find((o) => o.value === v)?.label, locale) || v).join(', ');
    case 'yesNo':
      return value ? t.yes : t.no;
    case 'address': {
      const a = value as { line: string; postcode?: string; city?: string };
      return [a.line, a.postcode, a.city].filter(Boolean).join(', ');
    }
    case 'file':
    case 'photo':
      return (value as { name: string }[]).map((f) => f.name).join(', ');
    case 'money':
      return `${value} ${field.currency}`;
    case 'number':
      return field.unit ? `${value} ${pickText(field.unit, locale)}` : String(value);
    case 'dateTime':
      return new Date(String(value)).toLocaleString(locale);
    case 'richText':
      // Shown as text: markup is never injected into the page.
      return String(value).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    default:
      return String(value);
  }
}
