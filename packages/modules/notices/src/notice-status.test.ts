import { describe, expect, it } from 'vitest';
import { noticeStatus } from './notice-status.ts';

const at = (iso: string) => new Date(iso);

describe('noticeStatus', () => {
  it('is active from its start, inclusive, until its end, exclusive', () => {
    const n = { startsAt: at('2026-12-01T08:00:00Z'), endsAt: at('2026-12-01T18:00:00Z') };
    expect(noticeStatus(n, at('2026-12-01T07:59:59Z'))).toBe('scheduled');
    expect(noticeStatus(n, at('2026-12-01T08:00:00Z'))).toBe('active');
    expect(noticeStatus(n, at('2026-12-01T17:59:59Z'))).toBe('active');
    expect(noticeStatus(n, at('2026-12-01T18:00:00Z'))).toBe('ended');
  });

  it('stays active without an end', () => {
    expect(noticeStatus({ startsAt: at('2026-01-01T00:00:00Z'), endsAt: null }, at('2030-01-01T00:00:00Z'))).toBe('active');
  });
});
