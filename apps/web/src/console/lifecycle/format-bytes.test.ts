import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it('says sizes in decimal units', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(12_400, 'en')).toBe('12.4 kB');
    expect(formatBytes(3_000_000, 'en')).toBe('3 MB');
  });
});
