import { WEEKDAYS, type Weekday, type WeeklyHours, fromMinutes, toMinutes } from './weekly-hours.ts';
import { zonedClock } from './zoned-clock.ts';

const DAY = 24 * 60;
// Eight days ahead: closed on Monday evening, the next opening may be next Monday.
const HORIZON_DAYS = 8;

/** A moment relative to now: `daysAhead` 0 is today (in the city), 1 tomorrow. `time` may be "24:00". */
export interface WallTime {
  daysAhead: number;
  weekday: Weekday;
  time: string;
}

export type OpeningStatus =
  | { open: true; closesAt: WallTime | null }
  | { open: false; opensAt: WallTime | null };

/**
 * Whether a place is open at `now` on the city's wall clock, and when that changes. Openings that
 * meet at midnight (Fri 22:00–24:00, Sat 00:00–02:00) count as one, so "closes at 02:00 tomorrow".
 * `closesAt` is null when it never closes within the week; `opensAt` is null when it never opens.
 */
export function openingStatus(hours: WeeklyHours, now: Date, timeZone: string): OpeningStatus {
  const clock = zonedClock(now, timeZone);
  const today = WEEKDAYS.indexOf(clock.weekday);
  const spans = mergedSpans(hours, today);
  const current = spans.find(([start, end]) => start <= clock.minutes && clock.minutes < end);
  if (current) {
    const end = current[1];
    return { open: true, closesAt: end >= HORIZON_DAYS * DAY ? null : wallTime(end, today, true) };
  }
  const next = spans.find(([start]) => start > clock.minutes);
  return { open: false, opensAt: next ? wallTime(next[0], today, false) : null };
}

/** Openings from today on, as minutes since today's midnight, with touching ones joined. */
function mergedSpans(hours: WeeklyHours, today: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let offset = 0; offset < HORIZON_DAYS; offset++) {
    for (const r of hours[WEEKDAYS[(today + offset) % 7]!]) {
      const start = offset * DAY + toMinutes(r.open);
      const end = offset * DAY + toMinutes(r.close);
      const last = spans.at(-1);
      if (last && last[1] >= start) last[1] = Math.max(last[1], end);
      else spans.push([start, end]);
    }
  }
  return spans;
}

// A close exactly at midnight reads as "24:00" on the day it belongs to, not "00:00" the next day.
function wallTime(minutes: number, today: number, isClose: boolean): WallTime {
  const atMidnight = isClose && minutes % DAY === 0;
  const daysAhead = Math.floor(minutes / DAY) - (atMidnight ? 1 : 0);
  return {
    daysAhead,
    weekday: WEEKDAYS[(today + daysAhead) % 7]!,
    time: atMidnight ? '24:00' : fromMinutes(minutes % DAY),
  };
}
