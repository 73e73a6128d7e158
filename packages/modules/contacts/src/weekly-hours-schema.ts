import { z } from 'zod';
import { type TimeRange, WEEKDAYS, type Weekday, toMinutes } from './weekly-hours.ts';

const OPEN = /^([01]\d|2[0-3]):[0-5]\d$/;
// A day's last opening may run to midnight, written 24:00; a night opening is split across two days.
const CLOSE = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const range = z
  .object({
    open: z.string().regex(OPEN, 'Use the 24-hour form HH:MM, e.g. 09:30'),
    close: z.string().regex(CLOSE, 'Use the 24-hour form HH:MM, e.g. 17:00 (24:00 for midnight)'),
  })
  // Zod runs object refinements even when a field failed, so only compare well-formed times.
  .refine((r) => !OPEN.test(r.open) || !CLOSE.test(r.close) || toMinutes(r.open) < toMinutes(r.close), {
    message: 'The closing time must be after the opening time',
    path: ['close'],
  });

const day = z
  .array(range)
  .max(6, 'At most 6 openings a day')
  .superRefine((ranges, ctx) => {
    if (!ranges.every((r) => OPEN.test(r.open) && CLOSE.test(r.close))) return;
    ranges.forEach((r, i) => {
      const clash = ranges.findIndex((o, j) => j < i && toMinutes(r.open) < toMinutes(o.close) && toMinutes(o.open) < toMinutes(r.close));
      if (clash >= 0) {
        const other = ranges[clash]!;
        ctx.addIssue({ code: 'custom', path: [i, 'open'], message: `Overlaps with ${other.open}–${other.close}` });
      }
    });
  })
  .transform((ranges): TimeRange[] => [...ranges].sort((a, b) => toMinutes(a.open) - toMinutes(b.open)))
  .default([]);

/** A week of opening hours: every day defaults to closed; times are validated, sorted, never overlapping. */
export const weeklyHoursSchema = z.object(
  Object.fromEntries(WEEKDAYS.map((d) => [d, day])) as Record<Weekday, typeof day>,
);
