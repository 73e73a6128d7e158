import { useTranslation } from 'react-i18next';
import type { Domain } from '../../shared/api/api-types.ts';
import { sortDomains } from '../../shared/ui/sort-domains.ts';

export function DomainList({ domains }: { domains: Domain[] }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      {sortDomains(domains).map((d) => (
        <li key={d.host}>
          <code>{d.host}</code> {d.primary && <span className="tag tag--primary">{t('admin.overview.primaryDomain')}</span>}
        </li>
      ))}
    </ul>
  );
}
