import { dateToCityTime } from '@civitas/module-sdk/time';
import type { NoticeJson, Severity } from '../notices-api-types.ts';

/** The admin form's state. Times are the city's wall clock, as datetime-local inputs hold them. */
export interface NoticeDraft {
  title: string;
  body: string;
  severity: Severity;
  startsAt: string;
  endsAt: string;
}

export const newDraft = (): NoticeDraft => ({ title: '', body: '', severity: 'info', startsAt: '', endsAt: '' });

export const draftOf = (n: NoticeJson, timeZone: string): NoticeDraft => ({
  title: n.title,
  body: n.body,
  severity: n.severity,
  startsAt: dateToCityTime(new Date(n.startsAt), timeZone),
  endsAt: n.endsAt ? dateToCityTime(new Date(n.endsAt), timeZone) : '',
});

/** The form control an API field path belongs to. */
export const fieldId = (path: string) => `notices-${path.replace(/\./g, '-')}`;
