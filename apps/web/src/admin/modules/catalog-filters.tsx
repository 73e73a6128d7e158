import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CityRef } from '../../shared/api/module-types.ts';
import { useDebouncedCallback } from '../../shared/ui/use-debounced-callback.ts';
import { categoryLabel } from './category-label.ts';

export interface CatalogFilter {
  q: string;
  category: string;
  author: string;
}

interface CatalogFiltersProps {
  filter: CatalogFilter;
  categories: string[];
  authors: CityRef[];
  onChange: (change: Partial<CatalogFilter>) => void;
}

/** Search as you type (debounced) and two selects; each change narrows the list below at once. */
export function CatalogFilters({ filter, categories, authors, onChange }: CatalogFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(filter.q);
  const written = useRef(filter.q);
  const search = useDebouncedCallback((q: string) => {
    written.current = q;
    onChange({ q });
  }, 300);

  // Back and forward change the address: follow it, but never undo what is being typed.
  useEffect(() => {
    if (filter.q !== written.current) {
      written.current = filter.q;
      setText(filter.q);
    }
  }, [filter.q]);

  function submit(event: FormEvent) {
    event.preventDefault();
    written.current = text;
    onChange({ q: text });
  }

  return (
    <form className="filters" role="search" aria-label={t('admin.modules.filtersLabel')} onSubmit={submit}>
      <div className="field filters__search">
        <label className="field__label" htmlFor="module-search">
          {t('admin.modules.search')}
        </label>
        <p className="field__hint" id="module-search-hint">
          {t('admin.modules.searchHint')}
        </p>
        <input
          className="input"
          id="module-search"
          type="search"
          aria-describedby="module-search-hint"
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            search(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="module-category">
          {t('admin.modules.category')}
        </label>
        <select className="select" id="module-category" value={filter.category} onChange={(e) => onChange({ category: e.target.value })}>
          <option value="">{t('admin.modules.allCategories')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c, t)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="module-author">
          {t('admin.modules.author')}
        </label>
        <select className="select" id="module-author" value={filter.author} onChange={(e) => onChange({ author: e.target.value })}>
          <option value="">{t('admin.modules.allAuthors')}</option>
          {authors.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
