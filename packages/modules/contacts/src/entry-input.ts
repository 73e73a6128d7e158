import { z } from 'zod';
import { weeklyHoursSchema } from './weekly-hours-schema.ts';

// A blank optional field is stored as "not given" (null), not as an empty string.
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (v == null || (typeof v === 'string' && v.trim() === '') ? null : v), schema.nullable());

/** The body of creating or replacing an entry. */
export const entryInput = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(120),
  category: z.string().trim().min(1, 'Enter a category').max(80),
  description: z.string().trim().max(2000).default(''),
  phone: optional(z.string().trim().max(40).regex(/^[0-9+()./\- ]+$/, 'Use digits, spaces and + ( ) - . / only')),
  email: optional(z.string().trim().pipe(z.email('Enter an email address like name@example.org'))),
  address: optional(z.string().trim().max(300)),
  // Only web links: the value ends up in an href.
  website: optional(
    z.string().trim().max(500).pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'Enter a web address starting with https://' })),
  ),
  /** null: the hours are not listed (no open/closed badge). */
  openingHours: weeklyHoursSchema.nullable().default(null),
});

export type EntryInput = z.infer<typeof entryInput>;
