import { describe, expect, it } from 'vitest';
import { weeklyHoursSchema } from './weekly-hours-schema.ts';

const issues = (input: unknown) => {
  const result = weeklyHoursSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('weeklyHoursSchema', () => {
  it('fills missing days as closed and sorts each day’s openings', () => {
    const week = weeklyHoursSchema.parse({ tue: [{ open: '14:00', close: '18:00' }, { open: '09:00', close: '12:00' }] });
    expect(week.mon).toEqual([]);
    expect(week.tue).toEqual([{ open: '09:00', close: '12:00' }, { open: '14:00', close: '18:00' }]);
  });

  it('accepts 24:00 as a closing time and openings that only touch', () => {
    expect(issues({ fri: [{ open: '18:00', close: '24:00' }, { open: '12:00', close: '18:00' }] })).toEqual([]);
  });

  it('names the field of a malformed time', () => {
    expect(issues({ mon: [{ open: '9:00', close: '17:00' }] })).toEqual(['mon.0.open: Use the 24-hour form HH:MM, e.g. 09:30']);
    expect(issues({ mon: [{ open: '09:00', close: '25:00' }] })).toEqual([
      'mon.0.close: Use the 24-hour form HH:MM, e.g. 17:00 (24:00 for midnight)',
    ]);
    expect(issues({ mon: [{ open: '24:00', close: '24:00' }] })[0]).toMatch(/^mon\.0\.open:/);
  });

  it('refuses a closing time that is not after the opening time', () => {
    expect(issues({ wed: [{ open: '17:00', close: '09:00' }] })).toEqual(['wed.0.close: The closing time must be after the opening time']);
    expect(issues({ wed: [{ open: '09:00', close: '09:00' }] })).toHaveLength(1);
  });

  it('refuses overlapping openings on the same day and points at the later one', () => {
    expect(issues({ thu: [{ open: '09:00', close: '13:00' }, { open: '12:00', close: '15:00' }] })).toEqual([
      'thu.1.open: Overlaps with 09:00–13:00',
    ]);
    expect(issues({ thu: [{ open: '10:00', close: '11:00' }, { open: '08:00', close: '18:00' }] })).toEqual([
      'thu.1.open: Overlaps with 10:00–11:00',
    ]);
  });

  it('does not confuse the same times on different days with an overlap', () => {
    expect(issues({ mon: [{ open: '09:00', close: '17:00' }], tue: [{ open: '09:00', close: '17:00' }] })).toEqual([]);
  });
});
