import { defineModuleWeb } from '@civitas/module-sdk/web';
import { BuiltModuleAdmin } from './built-module-admin.tsx';
import { BuiltModulePage } from './built-module-page.tsx';
import './built-module.css';

// One chunk draws every built module: what it shows comes from the module's definition.
export default defineModuleWeb({ Page: BuiltModulePage, Admin: BuiltModuleAdmin });
