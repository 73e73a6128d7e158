import type { ContactEntryJson } from '../contacts-api-types.ts';
import { type WeeklyHours, emptyWeek } from '../weekly-hours.ts';

/** The admin form's state: text as typed, hours kept while "list opening hours" is off so nothing is lost by toggling. */
export interface EntryDraft {
  name: string;
  category: string;
  description: string;
  phone: string;
  email: string;
  address: string;
  website: string;
  listHours: boolean;
  hours: WeeklyHours;
}

export const newDraft = (category = ''): EntryDraft => ({
  name: '',
  category,
  description: '',
  phone: '',
  email: '',
  address: '',
  website: '',
  listHours: true,
  hours: emptyWeek(),
});

export const draftOf = (e: ContactEntryJson): EntryDraft => ({
  name: e.name,
  category: e.category,
  description: e.description,
  phone: e.phone ?? '',
  email: e.email ?? '',
  address: e.address ?? '',
  website: e.website ?? '',
  listHours: e.openingHours !== null,
  hours: e.openingHours ?? emptyWeek(),
});

/** The request body; the API trims, turns blanks into "not given", and validates. */
export const bodyOf = ({ listHours, hours, ...fields }: EntryDraft) => ({ ...fields, openingHours: listHours ? hours : null });

/** The form control an API field path belongs to: "openingHours.mon.0.close" → "contacts-openingHours-mon-0-close". */
export const fieldId = (path: string) => `contacts-${path.replace(/\./g, '-')}`;
