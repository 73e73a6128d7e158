import type { ContactEntryJson } from './contacts-api-types.ts';
import type { ContactsEntryRow } from './contacts-repository.ts';
import { openingStatus } from './opening-status.ts';
import { weeklyHoursSchema } from './weekly-hours-schema.ts';

/** An entry as the API answers it, with its open/closed status at `now` on the city's clock. */
export function toEntryJson(row: ContactsEntryRow, options: { now: Date; timeZone: string; withStatus: boolean }): ContactEntryJson {
  // Stored hours were validated on the way in; parsing again also types them.
  const hours = row.openingHours === null ? null : weeklyHoursSchema.parse(row.openingHours);
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    description: row.description,
    phone: row.phone,
    email: row.email,
    address: row.address,
    website: row.website,
    openingHours: hours,
    status: hours && options.withStatus ? openingStatus(hours, options.now, options.timeZone) : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
