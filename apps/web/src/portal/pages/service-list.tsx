import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ModuleSummary } from '../../shared/api/api-types.ts';

export function ServiceList({ modules }: { modules: ModuleSummary[] }) {
  const { t } = useTranslation();
  return (
    <section className="services" aria-labelledby="services-heading">
      <h2 id="services-heading">{t('portal.home.servicesHeading')}</h2>
      {modules.length === 0 ? (
        <p className="empty-state">{t('portal.home.noServices')}</p>
      ) : (
        <ul className="service-list">
          {modules.map((m) => (
            <li className="service-card" key={m.id}>
              <h3 className="service-card__title">{m.name}</h3>
              <ul className="service-card__links">
                {m.navigation.map((entry) => (
                  <li key={entry.path}>
                    <Link to={entry.path}>{entry.label}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
