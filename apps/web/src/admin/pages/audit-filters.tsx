import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../shared/api/api-types.ts';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { useAdminModules } from '../modules/admin-modules-context.tsx';

export interface AuditFilter {
  module: string;
  actorId: string;
}

/** Narrows the log to one module and/or one staff member; the page keeps the choice in the address. */
export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (change: Partial<AuditFilter>) => void }) {
  const { t, i18n } = useTranslation();
  const { modules } = useAdminModules();
  const { resource } = useApiResource<{ staff: StaffMember[] }>('/api/admin/staff');
  const staff = resource.state === 'ready' ? resource.data.staff : [];
  const sorted = [...(modules ?? [])].sort((a, b) => localize(a.name, i18n.language).localeCompare(localize(b.name, i18n.language)));

  return (
    <form className="filters" aria-label={t('admin.audit.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label className="field__label" htmlFor="audit-module">
          {t('admin.audit.module')}
        </label>
        <select className="select" id="audit-module" value={filter.module} onChange={(e) => onChange({ module: e.target.value })}>
          <option value="">{t('admin.audit.allModules')}</option>
          {sorted.map((m) => (
            <option key={m.id} value={m.id}>
              {localize(m.name, i18n.language)}
            </option>
          ))}
          {filter.module && !sorted.some((m) => m.id === filter.module) && <option value={filter.module}>{filter.module}</option>}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="audit-actor">
          {t('admin.audit.actorFilter')}
        </label>
        <select className="select" id="audit-actor" value={filter.actorId} onChange={(e) => onChange({ actorId: e.target.value })}>
          <option value="">{t('admin.audit.allActors')}</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.displayName} ({s.email})
            </option>
          ))}
          {filter.actorId && !staff.some((s) => s.id === filter.actorId) && <option value={filter.actorId}>{t('admin.audit.unknownActor')}</option>}
        </select>
      </div>
    </form>
  );
}
