import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SiteModule } from '../../shared/api/module-types.ts';
import { localize } from '../../shared/i18n/localize.ts';
import { moduleHomePath } from '../modules/module-home-path.ts';

/** The city's enabled modules, each one link named after the service. */
export function ServiceList({ modules }: { modules: SiteModule[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="services" aria-labelledby="services-heading">
      <h2 id="services-heading">{t('portal.home.servicesHeading')}</h2>
      {modules.length === 0 ? (
        <p className="empty-state">{t('portal.home.noServices')}</p>
      ) : (
        <ul className="service-list">
          {modules.map((m) => (
            <li className="service-card" key={m.id}>
              <Link className="service-card__link" to={moduleHomePath(m)}>
                {localize(m.name, i18n.language)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
