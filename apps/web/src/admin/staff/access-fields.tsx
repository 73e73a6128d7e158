import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../shared/api/api-types.ts';
import type { PermissionCatalogue } from '../../shared/api/staff-types.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { useAdminModules } from '../modules/admin-modules-context.tsx';
import { groupPermissions } from './permission-groups.ts';

interface AccessFieldsProps {
  /** Prefix for ids: the invite form and an edit form may be on the page together. */
  idPrefix: string;
  catalogue: PermissionCatalogue;
  role: StaffRole;
  /** Permissions ticked by hand; those the role includes show ticked whatever this says. */
  ticked: ReadonlySet<string>;
  onRole: (role: StaffRole) => void;
  onTicked: (ticked: Set<string>) => void;
}

/** Role radios, then each module's permissions as checkboxes saying which roles already include them. */
export function AccessFields({ idPrefix, catalogue, role, ticked, onRole, onTicked }: AccessFieldsProps) {
  const { t, i18n } = useTranslation();
  const { modules } = useAdminModules();
  const roleLabel = (id: StaffRole) => t(`admin.staff.roles.${id}`, { defaultValue: catalogue.roles.find((r) => r.id === id)?.label ?? id });
  const moduleName = (id: string) => {
    const card = modules?.find((m) => m.id === id);
    return card ? localize(card.name, i18n.language) : id;
  };
  const list = (roles: StaffRole[]) => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(roles.map(roleLabel));

  function toggle(id: string, on: boolean) {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    onTicked(next);
  }

  return (
    <>
      <fieldset className="field access-roles" aria-describedby={`${idPrefix}-role-hint`}>
        <legend className="fieldset__legend">{t('admin.staff.access.role')}</legend>
        <p className="field__hint" id={`${idPrefix}-role-hint`}>
          {t('admin.staff.access.roleHint')}
        </p>
        <div className="font-field__options">
          {catalogue.roles.map((r) => (
            <label className="choice" key={r.id}>
              <input
                id={`${idPrefix}-role-${r.id}`}
                className="choice__input"
                type="radio"
                name={`${idPrefix}-role`}
                value={r.id}
                checked={role === r.id}
                onChange={() => onRole(r.id)}
              />
              <span className="choice__label">{roleLabel(r.id)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field" aria-describedby={`${idPrefix}-permissions-hint`}>
        <legend className="fieldset__legend">{t('admin.staff.access.permissions')}</legend>
        <p className="field__hint" id={`${idPrefix}-permissions-hint`}>
          {t('admin.staff.access.permissionsHint')}
        </p>
        {catalogue.permissions.length === 0 ? (
          <p className="empty-state empty-state--narrow">{t('admin.staff.access.noPermissions')}</p>
        ) : (
          groupPermissions(catalogue.permissions).map((group) => (
            <fieldset className="permission-group" key={group.module}>
              <legend className="permission-group__legend">{moduleName(group.module)}</legend>
              <ul className="checkbox-list">
                {group.permissions.map((p) => {
                  const id = `${idPrefix}-permission-${p.id}`;
                  const byRole = p.defaultRoles.includes(role);
                  return (
                    <li className="checkbox-row" key={p.id}>
                      <input
                        className="checkbox"
                        type="checkbox"
                        id={id}
                        aria-describedby={`${id}-roles`}
                        checked={byRole || ticked.has(p.id)}
                        disabled={byRole}
                        onChange={(e) => toggle(p.id, e.target.checked)}
                      />
                      <div>
                        <label htmlFor={id}>{localize(p.description, i18n.language)}</label>
                        <span className="table__sub" id={`${id}-roles`}>
                          {byRole
                            ? t('admin.staff.access.includedInRole', { role: roleLabel(role) })
                            : p.defaultRoles.length > 0
                              ? t('admin.staff.access.includedFor', { roles: list(p.defaultRoles) })
                              : t('admin.staff.access.includedForNone')}
                        </span>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          ))
        )}
      </fieldset>
    </>
  );
}
