import type { TFunction } from 'i18next';
import type { CatalogCard } from '../../shared/api/module-types.ts';

/** "Built by Baltimore · Used by 3 cities", or "… · Not used by any city yet"; built modules say they were made in the builder. */
export function moduleUsage(card: Pick<CatalogCard, 'author' | 'usedBy' | 'source'>, t: TFunction): string {
  const used = card.usedBy.length === 0 ? t('admin.modules.usedByNone') : t('admin.modules.usedBy', { count: card.usedBy.length });
  const by = card.source === 'built' ? 'admin.modules.builtInBuilder' : 'admin.modules.builtBy';
  return `${t(by, { city: card.author.name })} · ${used}`;
}
