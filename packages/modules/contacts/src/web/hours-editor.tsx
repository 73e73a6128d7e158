import { WEEKDAYS, type Weekday, type WeeklyHours } from '../weekly-hours.ts';
import { fieldId } from './entry-draft.ts';
import type { ContactsMessages } from './messages.ts';

interface HoursEditorProps {
  hours: WeeklyHours;
  onChange: (hours: WeeklyHours) => void;
  errors: Record<string, string>;
  t: ContactsMessages;
}

/** A fieldset per weekday; a day without openings is closed. Times are typed (HH:MM) so 24:00 can be written. */
export function HoursEditor({ hours, onChange, errors, t }: HoursEditorProps) {
  const setDay = (day: Weekday, ranges: WeeklyHours[Weekday]) => onChange({ ...hours, [day]: ranges });
  return (
    <div className="civ-contacts-hours-editor">
      {WEEKDAYS.map((day) => (
        <fieldset key={day} className="civ-contacts-day">
          <legend>{t.weekdays[day]}</legend>
          {hours[day].length === 0 && <p className="civ-contacts-hint">{t.closed}</p>}
          {hours[day].map((range, i) => (
            <fieldset key={i} className="civ-contacts-range">
              <legend className="civ-contacts-visually-hidden">{t.opening(t.weekdays[day], i + 1)}</legend>
              {(['open', 'close'] as const).map((end) => {
                const id = fieldId(`openingHours.${day}.${i}.${end}`);
                const error = errors[`openingHours.${day}.${i}.${end}`];
                return (
                  <div key={end} className={error ? 'civ-contacts-field civ-contacts-field--error' : 'civ-contacts-field'}>
                    <label htmlFor={id}>{end === 'open' ? t.opensLabel : t.closesLabel}</label>
                    {error && (
                      <p id={`${id}-error`} className="civ-contacts-field-error">
                        <span className="civ-contacts-visually-hidden">{t.errorPrefix} </span>
                        {error}
                      </p>
                    )}
                    <input
                      id={id}
                      className="civ-contacts-input civ-contacts-input--time"
                      inputMode="numeric"
                      autoComplete="off"
                      maxLength={5}
                      value={range[end]}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-error` : undefined}
                      onChange={(e) => setDay(day, hours[day].map((r, j) => (j === i ? { ...r, [end]: e.target.value } : r)))}
                    />
                  </div>
                );
              })}
              <button
                type="button"
                className="civ-contacts-button civ-contacts-button--secondary"
                onClick={() => setDay(day, hours[day].filter((_, j) => j !== i))}
              >
                {t.remove}
                <span className="civ-contacts-visually-hidden"> {t.opening(t.weekdays[day], i + 1)}</span>
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="civ-contacts-button civ-contacts-button--secondary"
            onClick={() => setDay(day, [...hours[day], suggestRange(hours[day])])}
          >
            {t.addHours}
            <span className="civ-contacts-visually-hidden"> {t.addHoursOn(t.weekdays[day])}</span>
          </button>
        </fieldset>
      ))}
    </div>
  );
}

// A day's first opening suggests office hours; a further one (after a lunch break, say) starts blank.
const suggestRange = (ranges: WeeklyHours[Weekday]) => (ranges.length === 0 ? { open: '09:00', close: '17:00' } : { open: '', close: '' });
