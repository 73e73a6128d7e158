import type { OpeningStatus } from './opening-status.ts';
import type { WeeklyHours } from './weekly-hours.ts';

// What the module's API answers: shared by the router and the web components (types only, no zod).

export interface ContactEntryJson {
  id: string;
  name: string;
  category: string;
  description: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  website: string | null;
  /** null: hours not listed. */
  openingHours: WeeklyHours | null;
  /** Computed in the city's time zone; null when hours are not listed or the city hides the badge. */
  status: OpeningStatus | null;
  updatedAt: string;
}

export interface DirectoryJson {
  intro: string;
  showOpenNowBadge: boolean;
  timeZone: string;
  /** The city's suggested categories, for the admin form. */
  categories: string[];
  groups: { category: string; entries: ContactEntryJson[] }[];
}

export interface EntryJson {
  entry: ContactEntryJson;
  timeZone: string;
}
