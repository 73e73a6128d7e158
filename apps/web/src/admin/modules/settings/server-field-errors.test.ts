import { describe, expect, it } from 'vitest';
import { serverFieldErrors } from './server-field-errors.ts';

describe('serverFieldErrors', () => {
  it('strips the leading "settings." and puts each message on its field', () => {
    expect(serverFieldErrors({ 'settings.maxBannerNotices': 'must be at most 5' }, ['maxBannerNotices'])).toEqual({
      byField: { maxBannerNotices: 'must be at most 5' },
      other: [],
    });
  });

  it('names the item of a list', () => {
    expect(serverFieldErrors({ 'settings.categories.2': 'is too long' }, ['categories']).byField).toEqual({ categories: 'item 3: is too long' });
  });

  it('keeps messages for no known field for the form as a whole', () => {
    expect(serverFieldErrors({ settings: 'must be an object', 'settings.gone': 'unknown' }, ['x'])).toEqual({
      byField: {},
      other: ['must be an object', 'unknown'],
    });
  });
});
