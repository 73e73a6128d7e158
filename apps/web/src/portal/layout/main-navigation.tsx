import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useSite } from '../../shared/api/site-context.tsx';
import { localize } from '../../shared/i18n/localize.ts';
import { moduleEntryPath } from '../../shared/modules/module-entry-path.ts';

/** Home plus the navigation entries each enabled module declares. NavLink marks aria-current. */
export function MainNavigation() {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const entries = site.modules.flatMap((m) =>
    m.navigation.map((entry) => {
      const to = moduleEntryPath(m.id, entry.path);
      return { to, label: localize(entry.label, i18n.language), key: `${m.id}:${to}` };
    }),
  );
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
            <NavLink className="site-nav__link" to={entry.to}>
              {entry.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
