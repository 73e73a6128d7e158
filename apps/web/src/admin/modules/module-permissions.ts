import type { ModulePermission } from '../../shared/api/module-types.ts';

/**
 * The module permissions a staff member holds. For now from the declared default roles;
 * the API will answer with the city's own role assignment.
 */
export function modulePermissions(permissions: ModulePermission[], role: string | undefined): string[] {
  if (!role) return [];
  return permissions.filter((p) => p.defaultRoles.includes(role)).map((p) => p.id);
}
