export type NoticeStatus = 'scheduled' | 'active' | 'ended';

/** Active while startsAt <= now < endsAt (no end: until someone ends it). */
export function noticeStatus(notice: { startsAt: Date; endsAt: Date | null }, now: Date): NoticeStatus {
  if (notice.startsAt > now) return 'scheduled';
  return notice.endsAt !== null && notice.endsAt <= now ? 'ended' : 'active';
}
