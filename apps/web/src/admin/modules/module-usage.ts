import type { TFunction } from 'i18next';
import type { CatalogCard } from '../../shared/api/module-types.ts';

/** "Built by Baltimore · Used by 3 cities", or "… · Not used by any city yet". */
export function moduleUsage(card: Pick<CatalogCard, 'author' | 'usedBy'>, t: TFunction): string {
  const used = card.usedBy.length === 0 ? t('admin.modules.usedByNone') : t('admin.modules.usedBy', { count: card.usedBy.length });
  return `${t('admin.modules.builtBy', { city: card.author.name })} · ${used}`;
}
