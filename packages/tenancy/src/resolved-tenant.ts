import type { Branding } from '@civitas/branding';
import type { TenantStatus } from '@civitas/db';

/** What a request needs to know about its city, cached per host. */
export interface ResolvedTenant {
  id: string;
  slug: string;
  name: string;
  status: TenantStatus;
  locales: string[];
  defaultLocale: string;
  timeZone: string;
  districts: string[];
  branding: Branding;
  primaryHost: string;
}

export type HostLookup =
  | { kind: 'tenant'; tenant: ResolvedTenant; isPrimary: boolean }
  | { kind: 'unknown' };
