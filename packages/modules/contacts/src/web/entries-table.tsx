import type { ContactEntryJson } from '../contacts-api-types.ts';
import type { ContactsMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { ADMIN_BASE } from './paths.ts';

interface EntriesTableProps {
  entries: ContactEntryJson[];
  t: ContactsMessages;
  canManage: boolean;
  navigate: (subPath: string) => void;
  onDelete: (entry: ContactEntryJson) => void;
}

export function EntriesTable({ entries, t, canManage, navigate, onDelete }: EntriesTableProps) {
  return (
    <div className="civ-contacts-table-wrap">
      <table className="civ-contacts-table">
        <caption>{t.entriesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.category}</th>
            <th scope="col">{t.hoursCaption}</th>
            {canManage && <th scope="col">{t.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{entry.name}</th>
              <td>{entry.category}</td>
              <td>{entry.openingHours ? t.listed : t.notListed}</td>
              {canManage && (
                <td className="civ-contacts-row-actions">
                  <ModuleLink base={ADMIN_BASE} to={`entries/${entry.id}/edit`} navigate={navigate}>
                    {t.edit}
                    <span className="civ-contacts-visually-hidden"> {entry.name}</span>
                  </ModuleLink>
                  <button type="button" className="civ-contacts-link-button" onClick={() => onDelete(entry)}>
                    {t.delete}
                    <span className="civ-contacts-visually-hidden"> {entry.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
