import { describe, expect, it } from 'vitest';
import type { PrivacyExport } from '../../shared/api/account-types.ts';
import { exportAnnouncement } from './export-announcement.ts';

const copy = (id: string, status: PrivacyExport['status']): PrivacyExport => ({
  id,
  status,
  createdAt: '2026-11-27T10:00:00Z',
  readyAt: status === 'ready' ? '2026-11-27T10:01:00Z' : null,
  expiresAt: '2026-12-04T10:00:00Z',
  error: status === 'failed' ? 'The export could not be built.' : null,
});

describe('exportAnnouncement', () => {
  it('announces a copy that was being prepared and is now ready', () => {
    expect(exportAnnouncement(new Map([['a', 'pending']]), [copy('a', 'ready')])).toBe('ready');
  });

  it('announces a failure, but a ready copy wins', () => {
    expect(exportAnnouncement(new Map([['a', 'pending']]), [copy('a', 'failed')])).toBe('failed');
    expect(
      exportAnnouncement(
        new Map([
          ['a', 'pending'],
          ['b', 'pending'],
        ]),
        [copy('a', 'failed'), copy('b', 'ready')],
      ),
    ).toBe('ready');
  });

  it('says nothing while still pending, or about copies seen for the first time', () => {
    expect(exportAnnouncement(new Map([['a', 'pending']]), [copy('a', 'pending')])).toBeNull();
    expect(exportAnnouncement(new Map(), [copy('a', 'ready')])).toBeNull();
    expect(exportAnnouncement(new Map([['a', 'ready']]), [copy('a', 'ready')])).toBeNull();
  });
});
