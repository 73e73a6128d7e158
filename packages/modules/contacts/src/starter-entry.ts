import type { ContactsSettings } from './contacts-settings.ts';
import { countEntries, type EntriesClient, insertEntryOnce } from './contacts-repository.ts';
import { starterText } from './starter-text.ts';

// The same id in every city (keys are per city), so two runs that race insert it once.
export const STARTER_ENTRY_ID = '00000000-0000-4000-8000-00000000c0de';

/**
 * Gives a city that has no entries one to edit, in its own language, rather than an empty
 * directory. It lists no phone, address or hours: nothing a resident could act on before staff
 * fill it in.
 */
export async function ensureStarterEntry(db: EntriesClient, settings: ContactsSettings, locale: string): Promise<boolean> {
  if ((await countEntries(db)) > 0) return false;
  return insertEntryOnce(db, STARTER_ENTRY_ID, {
    ...starterText(locale, settings.categories),
    description: '',
    phone: null,
    email: null,
    address: null,
    website: null,
    openingHours: null,
  });
}
