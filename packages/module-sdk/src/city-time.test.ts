import { describe, expect, it } from 'vitest';
import { cityTimeToDate, dateToCityTime } from './city-time.ts';

describe('cityTimeToDate', () => {
  it('reads a wall-clock time in the city’s time zone', () => {
    expect(cityTimeToDate('2026-12-01T08:00', 'Europe/Budapest')?.toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(cityTimeToDate('2026-12-01T08:00', 'America/New_York')?.toISOString()).toBe('2026-12-01T13:00:00.000Z');
    expect(cityTimeToDate('2026-07-01T08:00', 'Europe/Budapest')?.toISOString()).toBe('2026-07-01T06:00:00.000Z');
  });

  it('moves a time skipped by the spring change forward, and takes the second of a repeated one', () => {
    // Paris skips 02:00–03:00 on 2026-03-29 and repeats 02:00–03:00 on 2026-10-25.
    expect(cityTimeToDate('2026-03-29T02:30', 'Europe/Paris')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(cityTimeToDate('2026-03-29T03:30', 'Europe/Paris')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(cityTimeToDate('2026-10-25T02:30', 'Europe/Paris')?.toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('refuses malformed and impossible dates', () => {
    expect(cityTimeToDate('2026-02-30T08:00', 'Europe/Paris')).toBeNull();
    expect(cityTimeToDate('2026-12-01 08:00', 'Europe/Paris')).toBeNull();
    expect(cityTimeToDate('2026-12-01T24:00', 'Europe/Paris')).toBeNull();
  });
});

describe('dateToCityTime', () => {
  it('is the inverse on ordinary times, across the date line', () => {
    const at = new Date('2026-12-31T23:30:00Z');
    expect(dateToCityTime(at, 'Europe/Budapest')).toBe('2027-01-01T00:30');
    expect(dateToCityTime(at, 'America/New_York')).toBe('2026-12-31T18:30');
    expect(cityTimeToDate(dateToCityTime(at, 'Asia/Kolkata'), 'Asia/Kolkata')?.toISOString()).toBe(at.toISOString());
  });
});
