import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { AuditEvent } from '../../shared/api/api-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { formatDateTime } from '../../shared/ui/format-date-time.ts';
import { AuditChanges } from './audit-changes.tsx';
import type { AuditFilter } from './audit-filters.tsx';

const PAGE_SIZE = 50;

/**
 * Newest first, 50 at a time; "older" pages back with the API's `before` cursor.
 * A new filter starts again from the newest event; an answer for an older filter is dropped.
 */
export function AuditTable({ filter }: { filter: AuditFilter }) {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [state, setState] = useState<'loading' | 'idle' | 'end'>('loading');
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);

  async function load(before?: string) {
    const mine = ++request.current;
    setState('loading');
    setError(null);
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (before) query.set('before', before);
    if (filter.module) query.set('module', filter.module);
    if (filter.actorId) query.set('actorId', filter.actorId);
    try {
      const page = await apiClient.get<{ events: AuditEvent[] }>(`/api/admin/audit?${query}`);
      if (mine !== request.current) return;
      setEvents((previous) => (before ? [...previous, ...page.events] : page.events));
      setState(page.events.length < PAGE_SIZE ? 'end' : 'idle');
    } catch (e) {
      if (mine !== request.current) return;
      setError(describeApiError(e, t));
      setState('idle');
    }
  }

  // The first page for each filter; later pages only on request.
  useEffect(() => {
    void load();
  }, [filter.module, filter.actorId]);

  const last = events.at(-1);
  const filtered = Boolean(filter.module || filter.actorId);
  return (
    <>
      <p className="result-count" role="status">
        {state === 'loading' ? '' : filtered ? t('admin.audit.countFiltered', { count: events.length }) : ''}
      </p>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {events.length === 0 && state === 'end' && <p className="empty-state">{filtered ? t('admin.audit.emptyFiltered') : t('admin.audit.empty')}</p>}
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
