import type { NoticeJson } from '../notices-api-types.ts';
import { formatCityTime } from './format-city-time.ts';
import { messagesFor } from './messages.ts';

/** "From … until …" or "Ended …", on the city's clock. */
export function NoticePeriod({ notice, locale, timeZone }: { notice: NoticeJson; locale: string; timeZone: string }) {
  const t = messagesFor(locale);
  const at = (iso: string) => formatCityTime(iso, locale, timeZone);
  if (notice.status === 'ended' && notice.endsAt) return <>{t.endedOn(at(notice.endsAt))}</>;
  return <>{t.period(at(notice.startsAt), notice.endsAt ? at(notice.endsAt) : null)}</>;
}
