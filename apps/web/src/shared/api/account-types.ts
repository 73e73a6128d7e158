import type { LocalizedText } from './module-types.ts';

/** Resident account shapes of the Civitas JSON API (`/api/account/*`, `/api/site/privacy`). */

export interface ResidentProfile {
  displayName: string;
  email: string;
  emailVerified: boolean;
  district: string | null;
  birthYear: number | null;
  locale: string | null;
}

export interface ProfileAnswer {
  profile: ResidentProfile;
  /** The city's districts; empty when the city has not listed any. */
  districts: string[];
}

export type PrivacyExportStatus = 'pending' | 'ready' | 'failed';

export interface PrivacyExport {
  id: string;
  status: PrivacyExportStatus;
  createdAt: string;
  readyAt: string | null;
  expiresAt: string;
  error: string | null;
}

/** What the platform (`source: 'account'`) or one module keeps about a resident. */
export interface PrivacyStatement {
  source: string;
  name?: LocalizedText;
  text: LocalizedText;
}
