import { z } from 'zod';

/** A city's settings for news and pages; every field has a default so it works when first switched on. */
export const newsSettings = z.object({
  postsPerPage: z.number().int().min(1).max(50).default(10).describe('News posts per page of the list'),
  homeLatest: z.number().int().min(0).max(10).default(3).describe('Latest posts shown on the home page (0: none)'),
  feedEntries: z.number().int().min(1).max(100).default(20).describe('Entries in the Atom feed'),
  maxImageKb: z.number().int().min(64).max(10240).default(2048).describe('Largest picture staff may upload, in KB'),
});

export type NewsSettings = z.infer<typeof newsSettings>;
