import type { BuilderEntityType } from '@civitas/module-sdk/builder-web';
import { pickText } from '@civitas/module-sdk/builder-web';
import { entryValueText } from './entry-value.tsx';
import { messagesFor } from './messages.ts';
import type { EntryJson } from './types.ts';

/** One entry: reference, status, then each field's label and value; its history when there is one. */
export function EntryDetail({ entry, entity, locale }: { entry: EntryJson; entity: BuilderEntityType; locale: string }) {
  const t = messagesFor(locale);
  const fieldOf = (key: string) => entity.fields.find((f) => f.key === key);
  return (
    <>
      <dl className="civ-built-values">
        <div className="civ-built-value">
          <dt>{t.reference}</dt>
          <dd>{entry.reference}</dd>
        </div>
        <div className="civ-built-value">
          <dt>{t.status}</dt>
          <dd>{entry.stateLabel}</dd>
        </div>
        <div className="civ-built-value">
          <dt>{t.submitted}</dt>
          <dd>{new Date(entry.createdAt).toLocaleDateString(locale)}</dd>
        </div>
        {Object.entries(entry.values).map(([key, value]) => (
          <div key={key} className="civ-built-value">
            <dt>{pickText(fieldOf(key)?.label, locale) || key}</dt>
            <dd>{entryValueText(fieldOf(key), value, locale)}</dd>
          </div>
        ))}
      </dl>
      {entry.history && entry.history.length > 0 && (
        <>
          <h2>{t.history}</h2>
          <ol className="civ-built-history">
            {entry.history.map((h) => (
              <li key={h.at + h.state}>
                {new Date(h.at).toLocaleDateString(locale)}: {h.stateLabel ?? h.state}
                {h.comment ? ` — ${h.comment}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
