import type { BuilderField } from '@civitas/module-sdk/builder-web';
import { pickText } from '@civitas/module-sdk/builder-web';
import type { ReactNode } from 'react';
import { messagesFor } from './messages.ts';

type Address = { line?: string; postcode?: string; city?: string; point?: { lat?: number; lng?: number } };
type FileMeta = { fileId: string; name: string; type: string; size: number };

interface EntryFieldProps {
  field: BuilderField;
  /** Unique in the page: the input's id, and the target of the error summary's link. */
  id: string;
  value: unknown;
  error?: string;
  locale: string;
  onChange: (value: unknown) => void;
}

/** One field of a built module's form, drawn from its definition, with its label, help and error read out together. */
export function EntryField({ field, id, value, error, locale, onChange }: EntryFieldProps) {
  const t = messagesFor(locale);
  const label = `${pickText(field.label, locale)}${field.required ? '' : ` ${t.optional}`}`;
  const help = field.help ? pickText(field.help, locale) : '';
  const describedBy = [help && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const aria = { 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined } as const;
  const text = typeof value === 'string' ? value : '';
  const wrap = (control: ReactNode, asGroup = false) => {
    const notes = (
      <>
        {help && (
          <p id={`${id}-hint`} className="civ-built-hint">
            {help}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="civ-built-field-error">
            <span className="civ-built-visually-hidden">{t.errorPrefix} </span>
            {error}
          </p>
        )}
      </>
    );
    return asGroup ? (
      <fieldset className={error ? 'civ-built-field civ-built-field--error' : 'civ-built-field'} aria-describedby={describedBy}>
        <legend>{label}</legend>
        {notes}
        {control}
      </fieldset>
    ) : (
      <div className={error ? 'civ-built-field civ-built-field--error' : 'civ-built-field'}>
        <label htmlFor={id}>{label}</label>
        {notes}
        {control}
      </div>
    );
  };

  switch (field.type) {
    case 'longText':
    case 'richText':
      return wrap(<textarea id={id} rows={5} value={text} onChange={(e) => onChange(e.target.value)} {...aria} />);
    case 'number':
    case 'money':
      return wrap(
        <span className="civ-built-with-unit">
          <input id={id} inputMode="decimal" value={text} onChange={(e) => onChange(e.target.value)} {...aria} />
          {field.type === 'money' ? ` ${field.currency}` : field.unit ? ` ${pickText(field.unit, locale)}` : ''}
        </span>,
      );
    case 'date':
      return wrap(<input id={id} type="date" value={text} onChange={(e) => onChange(e.target.value)} {...aria} />);
    case 'dateTime':
      return wrap(<input id={id} type="datetime-local" value={text} onChange={(e) => onChange(e.target.value)} {...aria} />);
    case 'yesNo':
      if (field.mustBeYes) {
        return (
          <div className={error ? 'civ-built-field civ-built-field--error' : 'civ-built-field'}>
            {error && (
              <p id={`${id}-error`} className="civ-built-field-error">
                <span className="civ-built-visually-hidden">{t.errorPrefix} </span>
                {error}
              </p>
            )}
            <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} {...aria} />{' '}
            <label htmlFor={id}>{pickText(field.label, locale)}</label>
          </div>
        );
      }
      return wrap(
        <div className="civ-built-options">
          {[true, false].map((v) => (
            <label key={String(v)}>
              <input type="radio" id={v ? id : `${id}-no`} name={id} checked={value === v} onChange={() => onChange(v)} /> {v ? t.yes : t.no}
            </label>
          ))}
        </div>,
        true,
      );
    case 'singleChoice':
      return wrap(
        <select id={id} value={text} onChange={(e) => onChange(e.target.value)} {...aria}>
          <option value="">{t.choose}</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {pickText(o.label, locale)}
            </option>
          ))}
        </select>,
      );
    case 'multipleChoice': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return wrap(
        <div className="civ-built-options">
          {field.options.map((o, i) => (
            <label key={o.value}>
              <input
                type="checkbox"
                id={i === 0 ? id : `${id}-${o.value}`}
                checked={chosen.includes(o.value)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, o.value] : chosen.filter((c) => c !== o.value))}
              />{' '}
              {pickText(o.label, locale)}
            </label>
          ))}
        </div>,
        true,
      );
    }
    case 'address': {
      const a = (value ?? {}) as Address;
      const set = (patch: Partial<Address>) => onChange({ ...a, ...patch });
      const setPoint = (key: 'lat' | 'lng', raw: string) => {
        const point = { ...a.point, [key]: raw === '' ? undefined : Number(raw) };
        set({ point: point.lat === undefined && point.lng === undefined ? undefined : point });
      };
      return wrap(
        <div className="civ-built-address">
          <label htmlFor={id}>{t.street}</label>
          <input id={id} value={a.line ?? ''} onChange={(e) => set({ line: e.target.value })} {...aria} />
          <label htmlFor={`${id}-postcode`}>{t.postcode}</label>
          <input id={`${id}-postcode`} value={a.postcode ?? ''} onChange={(e) => set({ postcode: e.target.value })} />
          <label htmlFor={`${id}-city`}>{t.city}</label>
          <input id={`${id}-city`} value={a.city ?? ''} onChange={(e) => set({ city: e.target.value })} />
          {field.mapPoint !== 'none' && (
            <>
              <label htmlFor={`${id}-lat`}>{t.latitude}</label>
              <input id={`${id}-lat`} inputMode="decimal" value={a.point?.lat ?? ''} onChange={(e) => setPoint('lat', e.target.value)} />
              <label htmlFor={`${id}-lng`}>{t.longitude}</label>
              <input id={`${id}-lng`} inputMode="decimal" value={a.point?.lng ?? ''} onChange={(e) => setPoint('lng', e.target.value)} />
            </>
          )}
        </div>,
        true,
      );
    }
    case 'file':
    case 'photo': {
      const files = Array.isArray(value) ? (value as FileMeta[]) : [];
      return wrap(
        <>
          <input
            id={id}
            type="file"
            multiple={field.maxFiles > 1}
            accept={field.accept.join(',')}
            onChange={(e) =>
              onChange(
                [...(e.target.files ?? [])].map((f, i) => ({ fileId: `${Date.now().toString(36)}-${i}`, name: f.name, type: f.type, size: f.size })),
              )
            }
            {...aria}
          />
          {files.length > 0 && <p className="civ-built-hint">{files.map((f) => f.name).join(', ')}</p>}
          <p className="civ-built-hint">{t.filesNote}</p>
        </>,
      );
    }
    case 'email':
      return wrap(<input id={id} type="email" autoComplete="email" value={text} onChange={(e) => onChange(e.target.value)} {...aria} />);
    case 'phone':
      return wrap(<input id={id} type="tel" autoComplete="tel" value={text} onChange={(e) => onChange(e.target.value)} {...aria} />);
    default:
      return wrap(<input id={id} value={text} onChange={(e) => onChange(e.target.value)} {...aria} />);
  }
}
