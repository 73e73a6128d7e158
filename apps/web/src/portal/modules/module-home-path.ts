import type { SiteModule } from '../../shared/api/module-types.ts';
import { moduleEntryPath } from '../../shared/modules/module-entry-path.ts';

/** Where a module's link on the home page goes: its first navigation entry, else its root. */
export function moduleHomePath(module: SiteModule): string {
  const first = module.navigation[0];
  return first ? moduleEntryPath(module.id, first.path) : `/m/${module.id}/`;
}
