import type { PrivacyExport, PrivacyExportStatus } from '../../shared/api/account-types.ts';

/**
 * What changed since the last look at the list, worth saying aloud: a copy that was being prepared
 * is now ready (or failed). Copies seen for the first time are not news.
 */
export function exportAnnouncement(before: Map<string, PrivacyExportStatus>, now: PrivacyExport[]): 'ready' | 'failed' | null {
  const finished = now.filter((e) => before.get(e.id) === 'pending' && e.status !== 'pending');
  if (finished.some((e) => e.status === 'ready')) return 'ready';
  if (finished.some((e) => e.status === 'failed')) return 'failed';
  return null;
}
