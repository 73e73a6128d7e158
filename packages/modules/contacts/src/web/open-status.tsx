import type { OpeningStatus } from '../opening-status.ts';
import { statusText } from './status-text.ts';

/** The open/closed badge: the words carry the meaning; colour only repeats it. */
export function OpenStatus({ status, locale }: { status: OpeningStatus; locale: string }) {
  return (
    <span className={status.open ? 'civ-contacts-status civ-contacts-status--open' : 'civ-contacts-status'}>
      {statusText(status, locale)}
    </span>
  );
}
