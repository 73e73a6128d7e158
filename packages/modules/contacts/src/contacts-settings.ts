import { z } from 'zod';

/** A city's settings for the directory; every field has a default so it works when first switched on. */
export const contactsSettings = z.object({
  /** Suggested categories, in the order the directory lists them; entries may use others too. */
  categories: z
    .array(z.string().trim().min(1).max(80))
    .max(50)
    .default(['Town hall services', 'Libraries', 'Recreation centers', 'Health and social services']),
  showOpenNowBadge: z.boolean().default(true),
  /** Shown above the directory. */
  intro: z.string().max(2000).default(''),
});

export type ContactsSettings = z.infer<typeof contactsSettings>;
