import type { NoticeJson } from '../notices-api-types.ts';
import { formatCityTime } from './format-city-time.ts';
import type { NoticesMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { ADMIN_BASE } from './paths.ts';

interface NoticesTableProps {
  notices: NoticeJson[];
  t: NoticesMessages;
  locale: string;
  timeZone: string;
  canPublish: boolean;
  navigate: (subPath: string) => void;
  onEnd: (notice: NoticeJson) => void;
  onDelete: (notice: NoticeJson) => void;
}

export function NoticesTable({ notices, t, locale, timeZone, canPublish, navigate, onEnd, onDelete }: NoticesTableProps) {
  const at = (iso: string) => formatCityTime(iso, locale, timeZone);
  return (
    <div className="civ-notices-table-wrap">
      <table className="civ-notices-table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.titleLabel}</th>
            <th scope="col">{t.severityLabel}</th>
            <th scope="col">{t.statusLabel}</th>
            <th scope="col">{t.startsLabel}</th>
            <th scope="col">{t.endsLabel}</th>
            {canPublish && <th scope="col">{t.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {notices.map((n) => (
            <tr key={n.id}>
              <th scope="row">{n.title}</th>
              <td>{t.severity[n.severity]}</td>
              <td>{t.status[n.status]}</td>
              <td>{at(n.startsAt)}</td>
              <td>{n.endsAt ? at(n.endsAt) : t.noEnd}</td>
              {canPublish && (
                <td className="civ-notices-row-actions">
                  <ModuleLink base={ADMIN_BASE} to={`notices/${n.id}/edit`} navigate={navigate}>
                    {t.edit}
                    <span className="civ-notices-visually-hidden"> {n.title}</span>
                  </ModuleLink>
                  {n.status === 'active' && (
                    <button type="button" className="civ-notices-link-button" onClick={() => onEnd(n)}>
                      {t.endNow}
                      <span className="civ-notices-visually-hidden"> {n.title}</span>
                    </button>
                  )}
                  <button type="button" className="civ-notices-link-button" onClick={() => onDelete(n)}>
                    {t.delete}
                    <span className="civ-notices-visually-hidden"> {n.title}</span>
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
