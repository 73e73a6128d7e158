import type { TFunction } from 'i18next';

/** "participation" → "Participation"; a category the admin has no label for is shown capitalised. */
export function categoryLabel(category: string, t: TFunction): string {
  const fallback = category.charAt(0).toUpperCase() + category.slice(1).replace(/[-_]/g, ' ');
  return t(`admin.modules.categories.${category}`, { defaultValue: fallback });
}
