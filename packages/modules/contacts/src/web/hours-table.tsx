import { WEEKDAYS, type Weekday, type WeeklyHours } from '../weekly-hours.ts';
import { formatClock } from './format-clock.ts';
import { messagesFor } from './messages.ts';

interface HoursTableProps {
  hours: WeeklyHours;
  locale: string;
  /** Today on the city's clock, marked in the table. */
  today: Weekday;
  timeZone: string;
}

export function HoursTable({ hours, locale, today, timeZone }: HoursTableProps) {
  const t = messagesFor(locale);
  const clock = (time: string) => (time === '24:00' ? t.midnight : formatClock(time, locale));
  return (
    <div className="civ-contacts-table-wrap">
      <table className="civ-contacts-table">
        <caption>{t.hoursCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.day}</th>
            <th scope="col">{t.hours}</th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((day) => (
            <tr key={day} className={day === today ? 'civ-contacts-table__today' : undefined}>
              <th scope="row">
                {t.weekdays[day]} {day === today && <span className="civ-contacts-today">{t.today}</span>}
              </th>
              <td>{hours[day].length === 0 ? t.closed : hours[day].map((r) => `${clock(r.open)}–${clock(r.close)}`).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="civ-contacts-note">{t.timeZoneNote(timeZone)}</p>
    </div>
  );
}
