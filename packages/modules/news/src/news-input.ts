import { cityTimeToDate } from '@civitas/module-sdk/time';
import { z } from 'zod';
import { sanitizeBody } from './sanitize-body.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const cityTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and time like 2026-12-01T08:00');

const translation = z.object({
  title: z.string().trim().min(1, 'Enter a title').max(200),
  summary: z.string().trim().max(500).default(''),
  body: z.string().max(200_000, 'The text is too long').default(''),
});

/**
 * A post or page as staff save it: one text per locale of the city, the default locale required
 * (it is what readers of a missing translation get). Bodies come out sanitised.
 */
export const entryInput = (city: { locales: string[]; defaultLocale: string }) =>
  z
    .object({
      kind: z.enum(['post', 'page'], 'Choose post or page'),
      slug: z.string().trim().toLowerCase().max(80).regex(SLUG, 'Use lower-case letters, digits and dashes, like road-works-2027'),
      navOrder: z.number().int().min(0).max(999).nullable().default(null),
      translations: z.record(z.string(), translation),
    })
    .superRefine((v, ctx) => {
      for (const locale of Object.keys(v.translations)) {
        if (!city.locales.includes(locale)) ctx.addIssue({ code: 'custom', path: ['translations', locale], message: `This city does not publish in "${locale}"` });
      }
      if (!v.translations[city.defaultLocale]) {
        ctx.addIssue({ code: 'custom', path: ['translations', city.defaultLocale, 'title'], message: 'Write at least the text in the city’s default language' });
      }
      if (v.kind === 'post' && v.navOrder !== null) ctx.addIssue({ code: 'custom', path: ['navOrder'], message: 'Only pages go in the navigation' });
    })
    .transform((v) => ({
      kind: v.kind,
      slug: v.slug,
      navOrder: v.navOrder,
      translations: Object.entries(v.translations).map(([locale, t]) => ({ locale, title: t.title, summary: t.summary, bodyHtml: sanitizeBody(t.body) })),
    }));

export type EntryInput = z.output<ReturnType<typeof entryInput>>;

/** Publishing: now (no time), or at a time of the city's wall clock. */
export const publishInput = (timeZone: string) =>
  z
    .object({ publishAt: z.union([z.literal(''), cityTime]).optional() })
    .transform((v, ctx) => {
      if (!v.publishAt) return { publishAt: null };
      const at = cityTimeToDate(v.publishAt, timeZone);
      if (!at) ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'This date does not exist' });
      return { publishAt: at };
    });

/** Moving pages in the navigation: the page ids in their new order. */
export const navigationInput = z.object({ pageIds: z.array(z.uuid('Each page id must be an id')).max(100) });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1, 'Pages start at 1').max(10_000).default(1),
  locale: z.string().max(10).optional(),
});
