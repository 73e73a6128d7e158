import { describe, expect, it } from 'vitest';
import { statusText as rawStatusText } from './status-text.ts';

// Some ICU versions put a narrow no-break space before AM/PM.
const statusText = (...args: Parameters<typeof rawStatusText>) => rawStatusText(...args).replace(/\u202f/g, ' ');

const closed = (daysAhead: number, time = '09:00') => ({ open: false as const, opensAt: { daysAhead, weekday: 'mon' as const, time } });
const open = (daysAhead: number, time: string) => ({ open: true as const, closesAt: { daysAhead, weekday: 'sat' as const, time } });

describe('statusText', () => {
  it('says when a place opens, in each language’s own word order', () => {
    expect(statusText(closed(0), 'en')).toBe('Closed now, opens at 9:00 AM');
    expect(statusText(closed(1), 'fr')).toBe('Fermé en ce moment, ouvre demain à 9:00');
    expect(statusText(closed(3), 'hu')).toBe('Most zárva, hétfőn 9:00-kor nyit');
    expect(statusText(closed(3), 'es')).toBe('Cerrado ahora, abre el lunes a las 9:00');
  });

  it('says when it closes, midnight included', () => {
    expect(statusText(open(0, '24:00'), 'en')).toBe('Open now, closes at midnight');
    expect(statusText(open(1, '02:00'), 'hu')).toBe('Most nyitva, holnap 2:00-kor zár');
    expect(statusText(open(0, '01:30'), 'es')).toBe('Abierto ahora, cierra a la 1:30');
  });

  it('covers places that never close or never open, and unknown languages', () => {
    expect(statusText({ open: true, closesAt: null }, 'fr')).toBe('Ouvert en ce moment, ouvert 24 h/24');
    expect(statusText({ open: false, opensAt: null }, 'de')).toBe('Closed now');
  });
});
