import { describe, expect, it } from 'vitest';
import { parseAmount, parseCoordinate } from './parse-number.ts';

describe('parseAmount', () => {
  it('reads whole amounts with the grouping residents type', () => {
    expect(parseAmount('25000')).toBe(25000);
    expect(parseAmount('25 000')).toBe(25000);
    expect(parseAmount('1\u202f000\u202f000')).toBe(1_000_000);
    expect(parseAmount("1'000")).toBe(1000);
  });
  it('refuses decimals, signs and words', () => {
    for (const text of ['', '12.5', '-3', 'mille', '1e6']) expect(parseAmount(text)).toBeNull();
  });
});

describe('parseCoordinate', () => {
  it('takes a decimal point or comma', () => {
    expect(parseCoordinate('48.8566')).toBe(48.8566);
    expect(parseCoordinate('47,4979')).toBe(47.4979);
    expect(parseCoordinate('-3.7038')).toBe(-3.7038);
    expect(parseCoordinate('north')).toBeNull();
  });
});
