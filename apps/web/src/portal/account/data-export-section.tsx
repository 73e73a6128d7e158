import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { PrivacyExport, PrivacyExportStatus } from '../../shared/api/account-types.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { describeAccountError } from './describe-account-error.ts';
import { exportAnnouncement } from './export-announcement.ts';
import { ExportList } from './export-list.tsx';
import { usePollWhile } from './use-poll-while.ts';

/** "Download my data": ask for a copy, then watch it get ready on the page. */
export function DataExportSection() {
  const { t } = useTranslation();
  const { resource, reload } = useApiResource<{ exports: PrivacyExport[] }>('/api/account/exports');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const exports = resource.state === 'ready' ? resource.data.exports : null;
  const pending = exports?.some((e) => e.status === 'pending') ?? false;
  usePollWhile(pending, resource, reload);

  // Say it when a copy being prepared becomes ready (or fails); nothing on the polls in between.
  const seen = useRef(new Map<string, PrivacyExportStatus>());
  useEffect(() => {
    if (!exports) return;
    const news = exportAnnouncement(seen.current, exports);
    if (news) setMessage(t(news === 'ready' ? 'portal.yourData.export.ready' : 'portal.yourData.export.failed'));
    seen.current = new Map(exports.map((e) => [e.id, e.status]));
  }, [exports, t]);

  async function request() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { export: created } = await apiClient.post<{ export: PrivacyExport }>('/api/account/exports');
      seen.current.set(created.id, 'pending');
      setMessage(t('portal.yourData.export.requested'));
      reload();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'export_in_progress') {
        setMessage(t('portal.yourData.export.inProgress'));
        reload();
      } else {
        setError(describeAccountError(e, t));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p>{t('portal.yourData.export.text')}</p>
      <p>
        <button className="button" type="button" onClick={request} aria-disabled={busy || undefined}>
          {busy ? t('portal.yourData.export.requesting') : t('portal.yourData.export.request')}
        </button>
      </p>
      <StatusMessage tone="info">{message}</StatusMessage>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <h3>{t('portal.yourData.export.listHeading')}</h3>
      {pending && <p className="field__hint">{t('portal.yourData.export.checking')}</p>}
      <ResourceView resource={resource}>{({ exports: list }) => <ExportList exports={list} />}</ResourceView>
    </>
  );
}
