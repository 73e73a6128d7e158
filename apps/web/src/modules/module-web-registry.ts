import type { ModuleWeb } from '@civitas/module-sdk/web';
import type { ReactNode } from 'react';

/**
 * The web side of the installed modules: one lazy import per module, so each module's code is its
 * own chunk, fetched only by cities that have the module switched on. `pnpm new:module` adds here.
 */
export const moduleWebRegistry: Record<string, () => Promise<{ default: ModuleWeb<ReactNode> }>> = {
  contacts: () => import('@civitas/module-contacts/web'),
  notices: () => import('@civitas/module-notices/web'),
  budget: () => import('@civitas/module-budget/web'),
  news: () => import('@civitas/module-news/web'),
};
