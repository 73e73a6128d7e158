import { budgetModule } from '@civitas/module-budget';
import { contactsModule } from '@civitas/module-contacts';
import { noticesModule } from '@civitas/module-notices';
import { createModuleRegistry } from '@civitas/module-sdk';
import { newsModule } from '@civitas/module-news';

/**
 * The modules this deployment runs: the one list the hosts (API, worker) build their registry
 * from. `pnpm new:module` adds to it; the core packages never import a module.
 */
export const installedModules = createModuleRegistry([contactsModule, noticesModule, budgetModule, newsModule]);
