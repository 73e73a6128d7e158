import { useTranslation } from 'react-i18next';
import type { PrivacyExport } from '../../shared/api/account-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { formatDateTime } from '../../shared/ui/format-date-time.ts';

const TONES: Record<PrivacyExport['status'], string> = {
  pending: 'tag--primary',
  ready: 'tag--success',
  failed: 'tag--error',
};

/** The resident's copies of their data, newest first, each with its state and, once ready, a download link. */
export function ExportList({ exports }: { exports: PrivacyExport[] }) {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const date = (iso: string) => formatDateTime(iso, i18n.language, site.timeZone);
  if (exports.length === 0) return <p className="empty-state">{t('portal.yourData.export.empty')}</p>;
  return (
    <ul className="export-list">
      {exports.map((e) => (
        <li className="export-list__item" key={e.id}>
          <p className="export-list__title">
            <span>{t('portal.yourData.export.requestedAt', { date: date(e.createdAt) })}</span>{' '}
            <span className={`tag ${TONES[e.status]}`}>{t(`portal.yourData.export.status.${e.status}`)}</span>
          </p>
          {e.status === 'ready' && (
            <p className="export-list__actions">
              {/* A plain link: the browser downloads the zip with the session cookie, no script involved. */}
              <a className="button button--secondary" href={`/api/account/exports/${encodeURIComponent(e.id)}/download`} download>
                {t('portal.yourData.export.download')}
                <span className="visually-hidden">{t('portal.yourData.export.downloadSuffix', { date: date(e.createdAt) })}</span>
              </a>{' '}
              <span className="export-list__expiry">{t('portal.yourData.export.availableUntil', { date: date(e.expiresAt) })}</span>
            </p>
          )}
          {e.status === 'failed' && <p className="export-list__failed">{t('portal.yourData.export.failed')}</p>}
        </li>
      ))}
    </ul>
  );
}
