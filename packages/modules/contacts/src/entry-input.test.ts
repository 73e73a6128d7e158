import { describe, expect, it } from 'vitest';
import { entryInput } from './entry-input.ts';

describe('entryInput', () => {
  it('stores blank optional fields as null and trims text', () => {
    const entry = entryInput.parse({ name: '  Central Library ', category: 'Libraries', phone: '  ', email: '', website: undefined });
    expect(entry).toMatchObject({ name: 'Central Library', phone: null, email: null, address: null, website: null, openingHours: null });
  });

  it('accepts only http(s) web addresses, since they become links', () => {
    const base = { name: 'x', category: 'y' };
    expect(entryInput.safeParse({ ...base, website: 'javascript:alert(1)' }).success).toBe(false);
    expect(entryInput.safeParse({ ...base, website: 'https://www.prattlibrary.org/' }).success).toBe(true);
  });

  it('names each field at fault', () => {
    const result = entryInput.safeParse({ name: '', category: 'x', email: 'nope', openingHours: { mon: [{ open: '10:00', close: '09:00' }] } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['email', 'name', 'openingHours.mon.0.close']);
  });
});
