import { z } from 'zod';
import type { BuilderField } from './field-schema.ts';
import { richTextIsEmpty, sanitizeRichText } from './sanitize-rich-text.ts';

/** Currencies without minor units; every other amount has at most two decimals. */
const ZERO_DECIMAL_CURRENCIES = new Set(['JPY', 'KRW', 'ISK', 'CLP', 'VND', 'XOF', 'XAF', 'UGX', 'PYG', 'RWF']);

/** Forms send numbers as text: accept both. */
const numeric = z
  .union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)], 'must be a number')
  .pipe(z.number('must be a number').finite());

const hasDecimals = (v: number, decimals: number) => {
  const scaled = v * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
};

/**
 * The schema of one field's value once it is given. Upload fields check the file's metadata as the
 * file store reported it (id, name, type, size): the bytes themselves are the store's to check.
 */
export function fieldValueSchema(field: BuilderField): z.ZodType {
  switch (field.type) {
    case 'shortText': {
      let s = z.string().trim().max(field.maxLength, `must be at most ${field.maxLength} characters`);
      if (field.minLength) s = s.min(field.minLength, `must be at least ${field.minLength} characters`);
      if (field.pattern) s = s.regex(new RegExp(`^(?:${field.pattern})$`, 'u'), field.patternMessage?.en ?? 'is not in the expected form');
      return s;
    }
    case 'longText': {
      let s = z.string().trim().max(field.maxLength, `must be at most ${field.maxLength} characters`);
      if (field.minLength) s = s.min(field.minLength, `must be at least ${field.minLength} characters`);
      return s;
    }
    case 'richText':
      return z
        .string()
        .max(field.maxLength, `must be at most ${field.maxLength} characters`)
        .transform(sanitizeRichText)
        .refine((v) => !field.minLength || v.length >= field.minLength, `must be at least ${field.minLength} characters`);
    case 'number':
    case 'money': {
      const decimals = field.type === 'number' ? field.decimals : ZERO_DECIMAL_CURRENCIES.has(field.currency) ? 0 : 2;
      let n = z.number();
      if (field.min !== undefined) n = n.min(field.min, `must be at least ${field.min}`);
      if (field.max !== undefined) n = n.max(field.max, `must be at most ${field.max}`);
      const message = decimals === 0 ? 'must be a whole number' : `may have at most ${decimals} decimals`;
      return numeric.pipe(n.refine((v) => hasDecimals(v, decimals), message));
    }
    case 'date': {
      let d = z.iso.date('must be a date as YYYY-MM-DD');
      if (field.notBefore) d = d.refine((v) => v >= field.notBefore!, `must be on or after ${field.notBefore}`) as never;
      if (field.notAfter) d = d.refine((v) => v <= field.notAfter!, `must be on or before ${field.notAfter}`) as never;
      return d;
    }
    case 'dateTime':
      return z.iso.datetime({ offset: true, message: 'must be a date and time with its offset' });
    case 'yesNo':
      return field.mustBeYes ? z.literal(true, 'must be yes') : z.boolean('must be yes or no');
    case 'singleChoice':
      return z.enum(field.options.map((o) => o.value) as [string, ...string[]], 'is not one of the options');
    case 'multipleChoice': {
      let a = z
        .array(z.enum(field.options.map((o) => o.value) as [string, ...string[]], 'is not one of the options'))
        .refine((v) => new Set(v).size === v.length, 'lists an option twice');
      if (field.minSelected) a = a.refine((v) => v.length >= field.minSelected!, `needs at least ${field.minSelected} choices`);
      if (field.maxSelected) a = a.refine((v) => v.length <= field.maxSelected!, `allows at most ${field.maxSelected} choices`);
      return a;
    }
    case 'email':
      return z.string().trim().toLowerCase().max(254).pipe(z.email('must be an email address'));
    case 'phone':
      return z
        .string()
        .trim()
        .regex(/^\+?[0-9 ()./-]{6,24}$/, 'must be a phone number')
        .refine((v) => v.replace(/\D/g, '').length >= 6, 'must be a phone number');
    case 'address': {
      const point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict();
      return z
        .object({
          line: z.string().trim().min(1, 'is required').max(200),
          postcode: z.string().trim().max(20).optional(),
          city: z.string().trim().max(100).optional(),
          point: field.mapPoint === 'required' ? point : field.mapPoint === 'optional' ? point.optional() : z.undefined('takes no map point'),
        })
        .strict();
    }
    case 'file':
    case 'photo':
      return z
        .array(
          z
            .object({
              fileId: z.string().min(1).max(100),
              name: z.string().min(1).max(255),
              type: z.enum(field.accept as [string, ...string[]], `must be one of ${field.accept.join(', ')}`),
              size: z.int().min(1).max(field.maxSizeBytes, `must be at most ${field.maxSizeBytes} bytes`),
            })
            .strict(),
        )
        .max(field.maxFiles, `allows at most ${field.maxFiles} files`);
    case 'reference':
      return z.uuid('must be the id of an entry');
    case 'submitter':
      return z.uuid();
  }
}

/** Whether a parsed value is empty in the sense of "required" (empty rich text counts as empty). */
export const isEmptyValue = (field: BuilderField, v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (field.type === 'richText' && typeof v === 'string' && richTextIsEmpty(v));
