export { contactsModule } from './module.ts';
export type { ContactEntryJson, DirectoryJson, EntryJson } from './contacts-api-types.ts';
