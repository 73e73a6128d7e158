import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Catalogue } from '../../shared/api/module-types.ts';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { useAdminTitle } from '../use-admin-title.ts';
import { CatalogFilters, type CatalogFilter } from './catalog-filters.tsx';
import { ModuleCard } from './module-card.tsx';

const KEYS = ['q', 'category', 'author'] as const;

/** The shared catalogue: what the city can switch on. Filters live in the address, so it can be shared. */
export function ModulesPage() {
  const { t } = useTranslation();
  useAdminTitle(t('admin.modules.title'));
  const [params, setParams] = useSearchParams();
  const filter: CatalogFilter = { q: params.get('q') ?? '', category: params.get('category') ?? '', author: params.get('author') ?? '' };
  const query = new URLSearchParams(KEYS.flatMap((k) => (filter[k].trim() ? [[k, filter[k].trim()]] : []))).toString();
  const { resource } = useApiResource<Catalogue>(`/api/admin/modules${query ? `?${query}` : ''}`, { keepWhileLoading: true });
  // The choices of the selects stay while a new answer loads, or if it fails.
  const facets = useRef<Pick<Catalogue, 'categories' | 'authors'>>({ categories: [], authors: [] });
  if (resource.state === 'ready') facets.current = resource.data;

  function change(next: Partial<CatalogFilter>) {
    const merged = { ...filter, ...next };
    setParams(new URLSearchParams(KEYS.flatMap((k) => (merged[k] ? [[k, merged[k]]] : []))), { replace: true });
  }

  const filtered = Boolean(query);
  const count =
    resource.state !== 'ready'
      ? ''
      : resource.data.modules.length === 0
        ? filtered
          ? t('admin.modules.noMatch')
          : t('admin.modules.empty')
        : t(filtered ? 'admin.modules.countMatching' : 'admin.modules.count', { count: resource.data.modules.length });

  return (
    <>
      <h1>{t('admin.modules.title')}</h1>
      <p className="lead">{t('admin.modules.intro')}</p>
      <CatalogFilters filter={filter} categories={facets.current.categories} authors={facets.current.authors} onChange={change} />
      <p className="result-count" role="status">
        {count}
      </p>
      <ResourceView resource={resource}>
        {({ modules }) =>
          modules.length > 0 && (
            <ul className="module-grid">
              {modules.map((card) => (
                <ModuleCard key={card.id} card={card} />
              ))}
            </ul>
          )
        }
      </ResourceView>
    </>
  );
}
