import { defineModuleWeb } from '@civitas/module-sdk/web';
import { NewsAdmin } from './news-admin.tsx';
import { NewsHome } from './news-home.tsx';
import { NewsPage } from './news-page.tsx';
import './news.css';

// The host imports this chunk lazily, only in cities that have the module on (default export by contract).
export default defineModuleWeb({ Page: NewsPage, Home: NewsHome, Admin: NewsAdmin });
