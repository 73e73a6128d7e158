import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useSite } from '../../shared/api/site-context.tsx';

/** Home plus the navigation entries each enabled module declares. NavLink marks aria-current. */
export function MainNavigation() {
  const { t } = useTranslation();
  const site = useSite();
  const entries = site.modules.flatMap((m) => m.navigation.map((entry) => ({ ...entry, key: `${m.id}:${entry.path}` })));
  return (
    <nav className="site-nav" aria-label={t('portal.nav.label')}>
      <ul className="container site-nav__list">
        <li>
          <NavLink className="site-nav__link" to="/" end>
            {t('portal.nav.home')}
          </NavLink>
        </li>
        {entries.map((entry) => (
          <li key={entry.key}>
            <NavLink className="site-nav__link" to={entry.path}>
              {entry.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
