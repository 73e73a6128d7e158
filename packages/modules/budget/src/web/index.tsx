import { defineModuleWeb } from '@civitas/module-sdk/web';
import { BudgetAdmin } from './budget-admin.tsx';
import { BudgetPage } from './budget-page.tsx';
import './budget.css';

// The host imports this chunk lazily, only in cities that have the module on (default export by contract).
export default defineModuleWeb({ Page: BudgetPage, Admin: BudgetAdmin });
