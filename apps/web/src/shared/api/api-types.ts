import type { Branding } from '@civitas/branding';
import type { SiteModule } from './module-types.ts';

/** Response shapes of the Civitas JSON API, as the web faces rely on them. */

export interface Site {
  slug: string;
  name: string;
  locales: string[];
  defaultLocale: string;
  timeZone: string;
  branding: Branding;
  modules: SiteModule[];
}

export type StaffRole = 'admin' | 'editor' | 'moderator';

export interface SessionUser {
  kind: 'resident' | 'staff' | 'operator';
  id: string;
  email: string;
  displayName: string;
  /** Residents: whether they followed the link emailed at sign-up (or to their new address). */
  emailVerified?: boolean;
  role?: StaffRole;
  /** Staff: module permissions granted on top of what their role includes. */
  permissions?: string[];
}

export interface Session {
  csrfToken: string;
  user: SessionUser | null;
}

export interface Domain {
  host: string;
  primary: boolean;
}

export interface AdminOverview {
  tenant: {
    slug: string;
    name: string;
    status: string;
    locales: string[];
    defaultLocale: string;
    timeZone: string;
    branding: Branding;
  };
  domains: Domain[];
  modules: SiteModule[];
  staffCount: number;
  residentCount: number;
}

export interface StaffMember {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  /** Granted on top of the role's default permissions. */
  permissions: string[];
  lastSignInAt: string | null;
  createdAt: string;
}

export interface AuditEvent {
  id: string;
  occurredAt: string;
  actorType: string;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
}

export interface TenantSummary {
  id: string;
  slug: string;
  name: string;
  status: string;
  locales: string[];
  defaultLocale: string;
  domains: Domain[];
  createdAt: string;
}
