import { z } from 'zod';
import { builderKey, conditionSchema } from './condition-schema.ts';
import { BUILDER_LIMITS as L } from './limits.ts';
import { builderText } from './localized-text.ts';
import { checkPattern } from './safe-pattern.ts';

export const FIELD_TYPES = [
  'shortText',
  'longText',
  'richText',
  'number',
  'money',
  'date',
  'dateTime',
  'yesNo',
  'singleChoice',
  'multipleChoice',
  'email',
  'phone',
  'address',
  'file',
  'photo',
  'reference',
  'submitter',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** What upload fields may accept: sniffed against the file's content by the file store. */
export const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'text/plain', 'text/csv'] as const;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

const isoDate = z.iso.date('must be a date as YYYY-MM-DD');

const common = {
  key: builderKey,
  label: builderText(L.label),
  help: builderText(L.help).optional(),
  required: z.boolean().default(false),
  /** Shown (and required) only while the condition holds; a hidden field's value is not kept. */
  visibleWhen: conditionSchema.optional(),
  /** `staff`: filled in and read by staff only, never shown to residents. */
  visibility: z.enum(['resident', 'staff']).default('resident'),
};

const lengthRule = (cap: number) => ({
  minLength: z.int().min(0).max(cap).optional(),
  maxLength: z.int().min(1).max(cap, `must be at most ${cap}`).default(cap),
});

const choiceOption = z.object({ value: builderKey, label: builderText(L.label) }).strict();
const options = z.array(choiceOption).min(1, 'needs at least one option').max(L.optionsPerChoice, `at most ${L.optionsPerChoice} options`);

const uploadRule = <T extends readonly [string, ...string[]]>(types: T) => ({
  accept: z.array(z.enum(types)).min(1, 'needs at least one file type').default([...types]),
  maxSizeBytes: z.int().min(1).max(L.fileSizeBytes, `must be at most ${L.fileSizeBytes} bytes`).default(10 * 1024 * 1024),
  maxFiles: z.int().min(1).max(L.filesPerField, `must be at most ${L.filesPerField}`).default(1),
});

const rangeCheck = (f: { min?: number; max?: number }, ctx: z.RefinementCtx) => {
  if (f.min !== undefined && f.max !== undefined && f.min > f.max) ctx.addIssue({ code: 'custom', path: ['min'], message: 'is greater than max' });
};
const lengthCheck = (f: { minLength?: number; maxLength: number }, ctx: z.RefinementCtx) => {
  if (f.minLength !== undefined && f.minLength > f.maxLength) {
    ctx.addIssue({ code: 'custom', path: ['minLength'], message: 'is greater than maxLength' });
  }
};

export const fieldSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...common,
      type: z.literal('shortText'),
      ...lengthRule(L.shortTextLength),
      pattern: z.string().min(1).max(L.pattern).optional(),
      patternMessage: builderText(L.label).optional(),
    })
    .strict()
    .superRefine((f, ctx) => {
      lengthCheck(f, ctx);
      const problem = f.pattern === undefined ? null : checkPattern(f.pattern);
      if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
    }),
  z.object({ ...common, type: z.literal('longText'), ...lengthRule(L.longTextLength) }).strict().superRefine(lengthCheck),
  z.object({ ...common, type: z.literal('richText'), ...lengthRule(L.richTextLength) }).strict().superRefine(lengthCheck),
  z
    .object({
      ...common,
      type: z.literal('number'),
      min: z.number().optional(),
      max: z.number().optional(),
      decimals: z.int().min(0).max(L.numberDecimals).default(0),
      unit: builderText(40).optional(),
    })
    .strict()
    .superRefine(rangeCheck),
  z
    .object({
      ...common,
      type: z.literal('money'),
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
      min: z.number().min(0).optional(),
      max: z.number().min(0).optional(),
    })
    .strict()
    .superRefine(rangeCheck),
  z
    .object({ ...common, type: z.literal('date'), notBefore: isoDate.optional(), notAfter: isoDate.optional() })
    .strict()
    .superRefine((f, ctx) => {
      if (f.notBefore && f.notAfter && f.notBefore > f.notAfter) ctx.addIssue({ code: 'custom', path: ['notBefore'], message: 'is after notAfter' });
    }),
  z.object({ ...common, type: z.literal('dateTime') }).strict(),
  z.object({ ...common, type: z.literal('yesNo'), mustBeYes: z.boolean().default(false) }).strict(),
  z.object({ ...common, type: z.literal('singleChoice'), options }).strict(),
  z
    .object({
      ...common,
      type: z.literal('multipleChoice'),
      options,
      minSelected: z.int().min(0).optional(),
      maxSelected: z.int().min(1).optional(),
    })
    .strict()
    .superRefine((f, ctx) => {
      if (f.maxSelected !== undefined && f.maxSelected > f.options.length) {
        ctx.addIssue({ code: 'custom', path: ['maxSelected'], message: 'is more than the number of options' });
      }
      if (f.minSelected !== undefined && f.maxSelected !== undefined && f.minSelected > f.maxSelected) {
        ctx.addIssue({ code: 'custom', path: ['minSelected'], message: 'is greater than maxSelected' });
      }
    }),
  z.object({ ...common, type: z.literal('email') }).strict(),
  z.object({ ...common, type: z.literal('phone') }).strict(),
  z.object({ ...common, type: z.literal('address'), mapPoint: z.enum(['none', 'optional', 'required']).default('none') }).strict(),
  z.object({ ...common, type: z.literal('file'), ...uploadRule(FILE_TYPES) }).strict(),
  z.object({ ...common, type: z.literal('photo'), ...uploadRule(PHOTO_TYPES) }).strict(),
  /** Another entry of this module, of the named entity type. */
  z.object({ ...common, type: z.literal('reference'), entityType: builderKey }).strict(),
  /** Filled in by the server with the signed-in resident: never part of what is submitted. */
  z.object({ ...common, type: z.literal('submitter') }).strict(),
]);

export type BuilderField = z.infer<typeof fieldSchema>;
export type BuilderFieldInput = z.input<typeof fieldSchema>;
export type FieldOf<T extends FieldType> = Extract<BuilderField, { type: T }>;

/** Field types whose values a resident list can filter on. */
export const FILTERABLE_TYPES: readonly FieldType[] = ['singleChoice', 'multipleChoice', 'date', 'dateTime', 'yesNo'];
