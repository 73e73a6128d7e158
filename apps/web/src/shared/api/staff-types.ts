import type { LocalizedText } from './module-types.ts';
import type { StaffRole } from './api-types.ts';

/** Staff administration shapes of the Civitas JSON API (`/api/admin/staff*`, `/api/admin/permissions`). */

export interface StaffInvitation {
  id: string;
  email: string;
  role: StaffRole;
  permissions: string[];
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
}

export interface DeclaredPermission {
  id: string;
  /** The id of the module that declares it. */
  module: string;
  description: LocalizedText;
  /** Roles that hold it without it being granted. */
  defaultRoles: StaffRole[];
}

export interface PermissionCatalogue {
  roles: { id: StaffRole; label: string }[];
  permissions: DeclaredPermission[];
}

/** What an invitee sees before accepting (`GET /api/auth/staff/invitation`). */
export interface InvitationPreview {
  email: string;
  role: StaffRole;
  cityName: string;
  invitedBy: string | null;
}
