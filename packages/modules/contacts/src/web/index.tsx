import { defineModuleWeb } from '@civitas/module-sdk/web';
import { ContactsAdmin } from './contacts-admin.tsx';
import { ContactsPage } from './contacts-page.tsx';
import './contacts.css';

// The host imports this chunk lazily, only in cities that have the module on (default export by contract).
export default defineModuleWeb({ Page: ContactsPage, Admin: ContactsAdmin });
