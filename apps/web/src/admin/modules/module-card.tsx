import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CatalogCard } from '../../shared/api/module-types.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { categoryLabel } from './category-label.ts';
import { ModuleTags } from './module-tags.tsx';
import { moduleUsage } from './module-usage.ts';

export function ModuleCard({ card }: { card: CatalogCard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const version = card.state.version ?? card.latestVersion;
  return (
    <li className="module-card">
      <h2 className="module-card__title">
        <Link to={`/modules/${encodeURIComponent(card.id)}`}>{localize(card.name, lang)}</Link>
      </h2>
      <p className="module-card__usage">{moduleUsage(card, t)}</p>
      <p className="module-card__description">{localize(card.description, lang)}</p>
      <p className="module-card__meta">
        {categoryLabel(card.category, t)} · {t('admin.modules.version', { version })}
      </p>
      {card.dependsOn.length > 0 && (
        <p className="module-card__needs">{t('admin.modules.needs', { names: card.dependsOn.map((d) => localize(d.name, lang)).join(', ') })}</p>
      )}
      <ModuleTags card={card} />
    </li>
  );
}
