import { describe, expect, it } from 'vitest';
import { parseBirthYear } from './parse-birth-year.ts';

describe('parseBirthYear', () => {
  it('treats an empty field as not given', () => {
    expect(parseBirthYear('  ', 2026)).toEqual({ ok: true, value: null });
  });

  it('accepts four digits within the last 120 years, this year included', () => {
    expect(parseBirthYear(' 1984 ', 2026)).toEqual({ ok: true, value: 1984 });
    expect(parseBirthYear('1906', 2026)).toEqual({ ok: true, value: 1906 });
    expect(parseBirthYear('2026', 2026)).toEqual({ ok: true, value: 2026 });
  });

  it('refuses years the API would refuse, naming the range', () => {
    expect(parseBirthYear('1905', 2026)).toEqual({ ok: false, min: 1906, max: 2026 });
    expect(parseBirthYear('2027', 2026)).toEqual({ ok: false, min: 1906, max: 2026 });
    expect(parseBirthYear('84', 2026).ok).toBe(false);
    expect(parseBirthYear('1984.5', 2026).ok).toBe(false);
    expect(parseBirthYear('nineteen', 2026).ok).toBe(false);
  });
});
