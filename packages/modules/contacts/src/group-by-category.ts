/**
 * Groups entries by category: the city's own categories first, in its order, then any others
 * alphabetically (in the city's language). Empty categories are left out.
 */
export function groupByCategory<E extends { category: string; name: string }>(
  entries: E[],
  categoryOrder: string[],
  locale = 'en',
): { category: string; entries: E[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const groups = new Map<string, E[]>();
  for (const e of entries) groups.set(e.category, [...(groups.get(e.category) ?? []), e]);
  const rank = (c: string) => {
    const i = categoryOrder.findIndex((o) => collator.compare(o, c) === 0);
    return i < 0 ? categoryOrder.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || collator.compare(a, b))
    .map(([category, list]) => ({ category, entries: list.sort((x, y) => collator.compare(x.name, y.name)) }));
}
