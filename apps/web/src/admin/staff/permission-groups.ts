import type { StaffRole } from '../../shared/api/api-types.ts';
import type { DeclaredPermission } from '../../shared/api/staff-types.ts';

export interface PermissionGroup {
  module: string;
  permissions: DeclaredPermission[];
}

/** The declared permissions grouped by the module that declares them, in the order the API lists them. */
export function groupPermissions(permissions: DeclaredPermission[]): PermissionGroup[] {
  const groups = new Map<string, DeclaredPermission[]>();
  for (const p of permissions) groups.set(p.module, [...(groups.get(p.module) ?? []), p]);
  return [...groups].map(([module, list]) => ({ module, permissions: list }));
}

/**
 * What to send as `permissions`: the ticked ones the role does not include already. A grant the
 * role covers would outlive a later change of role without anyone having asked for it.
 */
export function explicitGrants(ticked: ReadonlySet<string>, role: StaffRole, permissions: DeclaredPermission[]): string[] {
  return permissions.filter((p) => ticked.has(p.id) && !p.defaultRoles.includes(role)).map((p) => p.id);
}
