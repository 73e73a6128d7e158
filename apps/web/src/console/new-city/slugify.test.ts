import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.ts';

describe('slugify', () => {
  it('suggests an address from the name', () => {
    expect(slugify('Saint-Étienne')).toBe('saint-etienne');
    expect(slugify('  Győr ')).toBe('gyor');
    expect(slugify('1000 Lakes City!')).toBe('lakes-city');
    expect(slugify('A'.repeat(40))).toHaveLength(32);
  });
});
