/** Monday first, as most of the cities on the platform print their hours. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One opening on one day, in the city's wall-clock time: "09:00"–"17:30". `close` may be "24:00" (midnight at the end of the day). */
export interface TimeRange {
  open: string;
  close: string;
}

/** Each weekday's openings, sorted; an empty day is closed. */
export type WeeklyHours = Record<Weekday, TimeRange[]>;

export const emptyWeek = (): WeeklyHours => ({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });

/** "09:30" → 570. Callers pass validated times. */
export const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export const fromMinutes = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
