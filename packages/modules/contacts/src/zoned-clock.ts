import { WEEKDAYS, type Weekday } from './weekly-hours.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    // h23: some engines print midnight as "24" under hour12: false.
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The weekday and minute of the day that a wall clock in `timeZone` shows at `now`. */
export function zonedClock(now: Date, timeZone: string): { weekday: Weekday; minutes: number } {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(now).map((p) => [p.type, p.value]));
  const weekday = WEEKDAYS[['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!)]!;
  return { weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}
