import type { ModulePermission } from '../../shared/api/module-types.ts';

/**
 * The module permissions a staff member holds: those their role includes by default, plus those
 * granted to them (`user.permissions` from the session), as the API checks them.
 */
export function modulePermissions(permissions: ModulePermission[], role: string | undefined, granted: readonly string[] = []): string[] {
  return permissions.filter((p) => (role !== undefined && p.defaultRoles.includes(role)) || granted.includes(p.id)).map((p) => p.id);
}
