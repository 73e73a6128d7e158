import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { AuditEvent } from '../../shared/api/api-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { formatDateTime } from '../../shared/ui/format-date-time.ts';
import { AuditChanges } from './audit-changes.tsx';

const PAGE_SIZE = 50;

/** Newest first, 50 at a time; "older" pages back with the API's `before` cursor. */
export function AuditTable() {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [state, setState] = useState<'loading' | 'idle' | 'end'>('loading');
  const [error, setError] = useState<string | null>(null);

  async function load(before?: string) {
    setState('loading');
    setError(null);
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (before) query.set('before', before);
    try {
      const page = await apiClient.get<{ events: AuditEvent[] }>(`/api/admin/audit?${query}`);
      setEvents((previous) => (before ? [...previous, ...page.events] : page.events));
      setState(page.events.length < PAGE_SIZE ? 'end' : 'idle');
    } catch (e) {
      setError(describeApiError(e, t));
      setState('idle');
    }
  }

  // The first page, once; later pages only on request.
  useEffect(() => {
    void load();
  }, []);

  const last = events.at(-1);
  return (
    <>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {events.length === 0 && state === 'end' && <p className="empty-state">{t('admin.audit.empty')}</p>}
      {events.length > 0 && (
        <div className="table-wrap">
          <table className="table audit-table">
            <caption className="visually-hidden">{t('admin.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.time')}</th>
                <th scope="col">{t('admin.audit.actor')}</th>
                <th scope="col">{t('admin.audit.action')}</th>
                <th scope="col">{t('admin.audit.target')}</th>
                <th scope="col">{t('admin.audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">
                    <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, i18n.language, site.timeZone)}</time>
                  </td>
                  <td>
                    {e.actorLabel}
                    <span className="table__sub">{e.actorType}</span>
                  </td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.targetType}
                    {e.targetId && <span className="table__sub">{e.targetId}</span>}
                  </td>
                  <td>
                    <AuditChanges before={e.before} after={e.after} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {state === 'loading' && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {state === 'idle' && last && (
        <button className="button button--secondary" type="button" onClick={() => void load(last.occurredAt)}>
          {t('admin.audit.older')}
        </button>
      )}
      {state === 'end' && events.length > 0 && <p className="muted">{t('admin.audit.end')}</p>}
    </>
  );
}
