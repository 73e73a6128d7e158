import { describe, expect, it } from 'vitest';
import { groupByCategory } from './group-by-category.ts';

const e = (category: string, name: string) => ({ category, name });

describe('groupByCategory', () => {
  it('lists the city’s categories in its order, then others alphabetically, names sorted within', () => {
    const groups = groupByCategory(
      [e('Parks', 'Patterson Park'), e('Libraries', 'Waverly'), e('Archives', 'City Archives'), e('Libraries', 'Central')],
      ['Recreation centers', 'Libraries'],
    );
    expect(groups.map((g) => g.category)).toEqual(['Libraries', 'Archives', 'Parks']);
    expect(groups[0]!.entries.map((x) => x.name)).toEqual(['Central', 'Waverly']);
  });

  it('sorts accented names the way the city’s language does', () => {
    const groups = groupByCategory([e('Bibliothèques', 'Zola'), e('Bibliothèques', 'Émile')], [], 'fr');
    expect(groups[0]!.entries.map((x) => x.name)).toEqual(['Émile', 'Zola']);
  });
});
