import { z } from 'zod';
import { cityTimeToDate } from '@civitas/module-sdk/time';
import { SEVERITIES } from './severity.ts';

const cityTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and time like 2026-12-01T08:00');

/**
 * The body of publishing or replacing a notice. Times are the city's wall-clock time; a missing
 * start means `defaultStart` (now for a new notice, its current start for an edit). Yields Dates.
 */
export const noticeInput = (timeZone: string, defaultStart: Date) =>
  z
    .object({
      title: z.string().trim().min(1, 'Enter a title').max(120),
      body: z.string().trim().min(1, 'Enter the text of the notice').max(2000),
      severity: z.enum(SEVERITIES, 'Choose info, warning or alert'),
      startsAt: z.union([z.literal(''), cityTime]).optional(),
      endsAt: z.union([z.literal(''), cityTime]).nullable().optional(),
    })
    .transform((v, ctx) => {
      const startsAt = v.startsAt ? cityTimeToDate(v.startsAt, timeZone) : defaultStart;
      const endsAt = v.endsAt ? cityTimeToDate(v.endsAt, timeZone) : null;
      if (!startsAt) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'This date does not exist' });
      if (v.endsAt && !endsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'This date does not exist' });
      if (startsAt && endsAt && endsAt <= startsAt) {
        ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end must be after the start' });
      }
      return { title: v.title, body: v.body, severity: v.severity, startsAt: startsAt!, endsAt };
    });

export type NoticeInput = z.output<ReturnType<typeof noticeInput>>;
