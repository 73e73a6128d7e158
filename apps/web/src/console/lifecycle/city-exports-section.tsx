import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { Resource } from '../../shared/api/use-api-resource.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { formatDateTime } from '../../shared/ui/format-date-time.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import type { CityExport, OperationStatus } from '../console-types.ts';
import { formatBytes } from './format-bytes.ts';

const TONES: Record<OperationStatus, string> = {
  running: 'tag--primary',
  succeeded: 'tag--success',
  failed: 'tag--error',
};

interface CityExportsSectionProps {
  tenantId: string;
  /** Shared with the danger zone, which needs to know whether an export exists. */
  exports: Resource<{ exports: CityExport[] }>;
  reload: () => void;
  locked: boolean;
}

/** "Export all data", and the archives with their progress and download links. */
export function CityExportsSection({ tenantId, exports, reload, locked }: CityExportsSectionProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = exports.state === 'ready' ? exports.data.exports : null;

  // Said once when a running export finishes, not at each poll.
  const seen = useRef(new Map<string, OperationStatus>());
  useEffect(() => {
    if (!list) return;
    const finished = list.find((e) => seen.current.get(e.id) === 'running' && e.status !== 'running');
    if (finished) setMessage(t(finished.status === 'succeeded' ? 'console.lifecycle.exports.ready' : 'console.lifecycle.exports.failed'));
    seen.current = new Map(list.map((e) => [e.id, e.status]));
  }, [list, t]);

  async function start() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { export: created } = await apiClient.post<{ export: CityExport }>(`/api/console/tenants/${encodeURIComponent(tenantId)}/exports`);
      seen.current.set(created.id, 'running');
      setMessage(t('console.lifecycle.exports.started'));
      reload();
    } catch (e) {
      setError(describeApiError(e, t));
    } finally {
      setBusy(false);
    }
  }

  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <section aria-labelledby="city-exports-heading">
      <h2 id="city-exports-heading">{t('console.lifecycle.exports.heading')}</h2>
      <p>{t('console.lifecycle.exports.text')}</p>
      {!locked && (
        <p>
          <button className="button" type="button" aria-disabled={busy || undefined} onClick={start}>
            {busy ? t('console.lifecycle.exports.starting') : t('console.lifecycle.exports.button')}
          </button>
        </p>
      )}
      <StatusMessage tone="info">{message}</StatusMessage>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <h3>{t('console.lifecycle.exports.listHeading')}</h3>
      <ResourceView resource={exports}>
        {({ exports: rows }) =>
          rows.length === 0 ? (
            <p className="empty-state">{t('console.lifecycle.exports.empty')}</p>
          ) : (
            <ul className="export-rows">
              {rows.map((e) => (
                <li className="export-rows__item" key={e.id}>
                  <p className="export-rows__title">
                    <span>{t('console.lifecycle.exports.requested', { date: date(e.createdAt) })}</span>{' '}
                    <span className={`tag ${TONES[e.status]}`}>{t(`console.lifecycle.exports.state.${e.status}`)}</span>
                  </p>
                  {e.status === 'running' && <ExportProgress id={e.id} label={t('console.lifecycle.exports.progressLabel', { date: date(e.createdAt) })} progress={e.progress} />}
                  {e.status === 'succeeded' && (
                    <p>
                      {/* A plain link: the browser downloads the zip with the session cookie. */}
                      <a className="button button--secondary button--small" href={`/api/console/exports/${encodeURIComponent(e.id)}/download`} download>
                        {t('console.lifecycle.exports.download')}
                        <span className="visually-hidden">
                          {t('console.lifecycle.exports.downloadSuffix', { date: date(e.createdAt), size: formatBytes(e.sizeBytes ?? 0, i18n.language) })}
                        </span>
                      </a>{' '}
                      <span className="muted">{formatBytes(e.sizeBytes ?? 0, i18n.language)}</span>
                    </p>
                  )}
                  {e.status === 'failed' && <p className="inline-error">{e.error ?? t('console.lifecycle.exports.failed')}</p>}
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </section>
  );
}

function ExportProgress({ id, label, progress }: { id: string; label: string; progress: CityExport['progress'] }) {
  const { t } = useTranslation();
  const { done, total } = progress;
  const known = typeof done === 'number' && typeof total === 'number' && total > 0;
  const text = known ? t('console.lifecycle.exports.tables', { done, total }) : t('console.lifecycle.exports.waiting');
  return (
    <p className="export-rows__progress">
      {/* Without a known total the bar is indeterminate (no value), which is what "waiting" is. */}
      <progress className="progress" aria-label={label} aria-describedby={`export-${id}-progress`} {...(known ? { value: done, max: total } : {})} />{' '}
      <span id={`export-${id}-progress`}>{text}</span>
    </p>
  );
}
