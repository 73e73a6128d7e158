import type { NoticeJson } from './notices-api-types.ts';
import type { NoticeRow } from './notices-repository.ts';
import { noticeStatus } from './notice-status.ts';

export function toNoticeJson(row: NoticeRow, now: Date): NoticeJson {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    severity: row.severity,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    status: noticeStatus(row, now),
  };
}
