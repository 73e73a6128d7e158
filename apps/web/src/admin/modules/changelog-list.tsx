import { useTranslation } from 'react-i18next';
import type { ModuleVersion } from '../../shared/api/module-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { localize } from '../../shared/i18n/localize.ts';
import { formatDate } from '../../shared/ui/format-date.ts';

/** Releases with their notes, newest first. Headings one level below the section's. */
export function ChangelogList({ versions, current }: { versions: ModuleVersion[]; current?: string | null }) {
  const { t, i18n } = useTranslation();
  const site = useSite();
  return (
    <ol className="changelog">
      {versions.map((v) => (
        <li className="changelog__entry" key={v.version}>
          <h3 className="changelog__version">
            {t('admin.modules.version', { version: v.version })}
            {v.version === current && <span className="tag tag--success">{t('admin.moduleDetail.versions.current')}</span>}
          </h3>
          <p className="changelog__date">
            <time dateTime={v.releasedOn}>{formatDate(v.releasedOn, i18n.language, site.timeZone)}</time>
          </p>
          <p className="changelog__notes">{localize(v.changelog, i18n.language)}</p>
        </li>
      ))}
    </ol>
  );
}
