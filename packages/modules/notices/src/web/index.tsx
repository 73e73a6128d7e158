import { defineModuleWeb } from '@civitas/module-sdk/web';
import { NoticesAdmin } from './notices-admin.tsx';
import { NoticesBanner } from './notices-banner.tsx';
import { NoticesPage } from './notices-page.tsx';
import './notices.css';

// The host imports this chunk lazily, only in cities that have the module on (default export by contract).
export default defineModuleWeb({ Page: NoticesPage, Banner: NoticesBanner, Admin: NoticesAdmin });
