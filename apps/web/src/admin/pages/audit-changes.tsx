import { useTranslation } from 'react-i18next';

export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  if (before == null && after == null) return <span className="muted">{t('admin.audit.noChanges')}</span>;
  return (
    <details className="audit-changes">
      <summary>{t('admin.audit.showChanges')}</summary>
      <div className="audit-changes__body">
        <div>
          <p className="audit-changes__label">{t('admin.audit.before')}</p>
          <pre>{JSON.stringify(before, null, 2) ?? 'null'}</pre>
        </div>
        <div>
          <p className="audit-changes__label">{t('admin.audit.after')}</p>
          <pre>{JSON.stringify(after, null, 2) ?? 'null'}</pre>
        </div>
      </div>
    </details>
  );
}
