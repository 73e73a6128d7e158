import type { OpeningStatus } from '../opening-status.ts';
import { messagesFor } from './messages.ts';

/** "Open now, closes at 5:00 PM" / "Closed now, opens tomorrow at 9:00 AM", in the reader's language. */
export function statusText(status: OpeningStatus, locale: string): string {
  const t = messagesFor(locale);
  if (status.open) return `${t.openNow}, ${status.closesAt ? t.closes(status.closesAt, locale) : t.aroundTheClock}`;
  return status.opensAt ? `${t.closedNow}, ${t.opens(status.opensAt, locale)}` : t.closedNow;
}
