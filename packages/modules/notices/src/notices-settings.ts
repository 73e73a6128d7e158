import { z } from 'zod';

/** A city's settings for notices; every field has a default so it works when first switched on. */
export const noticesSettings = z.object({
  /** How many active notices the banner shows at once, most severe first. */
  maxBannerNotices: z.number().int().min(1).max(5).default(1),
  /** Off: the banner shows on the portal's home page only. */
  showOnEveryPage: z.boolean().default(true),
});

export type NoticesSettings = z.infer<typeof noticesSettings>;
