import { describe, expect, it } from 'vitest';
import { openingStatus } from './opening-status.ts';
import { type WeeklyHours, emptyWeek } from './weekly-hours.ts';

const week = (days: Partial<WeeklyHours>): WeeklyHours => ({ ...emptyWeek(), ...days });
const nineToFive = week({
  mon: [{ open: '09:00', close: '17:00' }],
  tue: [{ open: '09:00', close: '12:00' }, { open: '14:00', close: '17:00' }],
  wed: [{ open: '09:00', close: '17:00' }],
});

describe('openingStatus', () => {
  it('is open during an opening and says when it closes', () => {
    // Monday 2026-11-30 10:00 in Paris (UTC+1).
    expect(openingStatus(nineToFive, new Date('2026-11-30T09:00:00Z'), 'Europe/Paris')).toEqual({
      open: true,
      closesAt: { daysAhead: 0, weekday: 'mon', time: '17:00' },
    });
  });

  it('reads the clock in the city’s time zone, not the server’s', () => {
    const at = new Date('2026-11-30T15:30:00Z'); // Monday 16:30 in Paris, 10:30 in Baltimore
    expect(openingStatus(nineToFive, at, 'Europe/Paris').open).toBe(true);
    expect(openingStatus(nineToFive, at, 'America/New_York').open).toBe(true);
    const late = new Date('2026-11-30T17:30:00Z'); // 18:30 in Paris: closed; 12:30 in Baltimore: open
    expect(openingStatus(nineToFive, late, 'Europe/Paris')).toEqual({
      open: false,
      opensAt: { daysAhead: 1, weekday: 'tue', time: '09:00' },
    });
    expect(openingStatus(nineToFive, late, 'America/New_York').open).toBe(true);
  });

  it('finds the next opening later the same day, over a lunch break', () => {
    const lunch = new Date('2026-12-01T12:30:00Z'); // Tuesday 13:30 in Paris
    expect(openingStatus(nineToFive, lunch, 'Europe/Paris')).toEqual({
      open: false,
      opensAt: { daysAhead: 0, weekday: 'tue', time: '14:00' },
    });
  });

  it('treats the closing minute as closed and the opening minute as open', () => {
    expect(openingStatus(nineToFive, new Date('2026-11-30T16:00:00Z'), 'Europe/Paris').open).toBe(false); // 17:00
    expect(openingStatus(nineToFive, new Date('2026-11-30T08:00:00Z'), 'Europe/Paris').open).toBe(true); // 09:00
  });

  it('skips closed days, up to a week ahead', () => {
    const wedEvening = new Date('2026-12-02T19:00:00Z'); // Wednesday 20:00 in Paris
    expect(openingStatus(nineToFive, wedEvening, 'Europe/Paris')).toEqual({
      open: false,
      opensAt: { daysAhead: 5, weekday: 'mon', time: '09:00' },
    });
    const mondayOnly = week({ mon: [{ open: '09:00', close: '10:00' }] });
    expect(openingStatus(mondayOnly, new Date('2026-11-30T10:00:00Z'), 'Europe/Paris')).toEqual({
      open: false,
      opensAt: { daysAhead: 7, weekday: 'mon', time: '09:00' },
    });
  });

  it('joins openings that meet at midnight', () => {
    const nightly = week({ fri: [{ open: '20:00', close: '24:00' }], sat: [{ open: '00:00', close: '02:00' }] });
    const fridayLate = new Date('2026-12-04T22:00:00Z'); // Friday 23:00 in Paris
    expect(openingStatus(nightly, fridayLate, 'Europe/Paris')).toEqual({
      open: true,
      closesAt: { daysAhead: 1, weekday: 'sat', time: '02:00' },
    });
    const afterMidnight = new Date('2026-12-05T00:30:00Z'); // Saturday 01:30 in Paris
    expect(openingStatus(nightly, afterMidnight, 'Europe/Paris')).toEqual({
      open: true,
      closesAt: { daysAhead: 0, weekday: 'sat', time: '02:00' },
    });
  });

  it('says a place open until midnight closes at 24:00 today', () => {
    const lateDay = week({ mon: [{ open: '18:00', close: '24:00' }] });
    expect(openingStatus(lateDay, new Date('2026-11-30T22:59:00Z'), 'Europe/Paris')).toEqual({
      open: true,
      closesAt: { daysAhead: 0, weekday: 'mon', time: '24:00' },
    });
    expect(openingStatus(lateDay, new Date('2026-11-30T23:00:00Z'), 'Europe/Paris').open).toBe(false); // Tuesday 00:00
  });

  it('puts the day boundary at the city’s midnight', () => {
    // 23:30 UTC on Sunday is already Monday 00:30 in Budapest but still Sunday 18:30 in Baltimore.
    const hours = week({ mon: [{ open: '00:00', close: '06:00' }], sun: [{ open: '18:00', close: '19:00' }] });
    const at = new Date('2026-11-29T23:30:00Z');
    expect(openingStatus(hours, at, 'Europe/Budapest')).toEqual({ open: true, closesAt: { daysAhead: 0, weekday: 'mon', time: '06:00' } });
    expect(openingStatus(hours, at, 'America/New_York')).toEqual({ open: true, closesAt: { daysAhead: 0, weekday: 'sun', time: '19:00' } });
  });

  it('follows daylight saving time', () => {
    const hours = week({ sun: [{ open: '09:00', close: '10:00' }] });
    // 2026-03-29: Paris moves to UTC+2, so 09:30 local is 07:30 UTC (it was 08:30 UTC the week before).
    expect(openingStatus(hours, new Date('2026-03-29T07:30:00Z'), 'Europe/Paris').open).toBe(true);
    expect(openingStatus(hours, new Date('2026-03-22T07:30:00Z'), 'Europe/Paris').open).toBe(false);
  });

  it('handles places that never open or never close', () => {
    expect(openingStatus(emptyWeek(), new Date(), 'Europe/Paris')).toEqual({ open: false, opensAt: null });
    const always = week(Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [{ open: '00:00', close: '24:00' }]])));
    expect(openingStatus(always, new Date(), 'America/New_York')).toEqual({ open: true, closesAt: null });
  });
});
