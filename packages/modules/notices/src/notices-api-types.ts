import type { NoticeStatus } from './notice-status.ts';
import type { Severity } from './severity.ts';

// What the module's API answers: shared by the router and the web components (types only, no zod).

export type { Severity };

export interface NoticeJson {
  id: string;
  title: string;
  body: string;
  severity: Severity;
  startsAt: string;
  endsAt: string | null;
  archivedAt: string | null;
  status: NoticeStatus;
}

export interface BannerJson {
  notices: NoticeJson[];
  showOnEveryPage: boolean;
  timeZone: string;
}

export interface NoticesJson {
  current: NoticeJson[];
  /** Ended in the last RECENT_DAYS days. */
  recent: NoticeJson[];
  timeZone: string;
}

export interface AdminNoticesJson {
  notices: NoticeJson[];
  timeZone: string;
}
