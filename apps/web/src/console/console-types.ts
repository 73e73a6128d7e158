/** Shapes of the console's provisioning and lifecycle API, as the console relies on them. */

export type CityStatus = 'provisioning' | 'active' | 'suspended' | 'archived';

/** The languages a city can offer; mirrors the API's SUPPORTED_LOCALES. */
export const CITY_LOCALES = ['fr', 'hu', 'en', 'es'] as const;
export type CityLocale = (typeof CITY_LOCALES)[number];

export type OperationStatus = 'running' | 'failed' | 'succeeded';

export interface ProvisioningStep {
  name: string;
  label: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  error?: string;
  startedAt?: string;
  finishedAt?: string;
}

export interface ProvisioningRun {
  id: string;
  slug: string;
  /** Set once the first step has created the city. */
  tenantId: string | null;
  status: OperationStatus;
  error: string | null;
  attempt: number;
  createdAt: string;
  finishedAt: string | null;
  steps: ProvisioningStep[];
  progress: { done: number; total: number };
  /** The step running now, or the one that failed. */
  current: string | null;
}

/** `POST /api/console/cities`. */
export interface NewCityRequest {
  name: string;
  slug: string;
  domains: string[];
  locales: CityLocale[];
  defaultLocale: CityLocale;
  timeZone: string;
  adminEmail: string;
  /** The plan: the modules the city may use. */
  modules: string[];
  copyFrom: string | null;
}

export interface CityExport {
  id: string;
  slug: string;
  status: OperationStatus;
  /** Tables written so far; empty until the job starts. */
  progress: { done?: number; total?: number };
  sizeBytes: number | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface CityDeletion {
  id: string;
  status: OperationStatus;
  /** Rows removed per table, plus `redisKeys` and `jobs`. */
  removed: Record<string, number> | null;
  error: string | null;
}
