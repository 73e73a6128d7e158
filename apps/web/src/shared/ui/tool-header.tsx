import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import type { SessionUser } from '../api/api-types.ts';

export interface ToolNavItem {
  to: string;
  label: string;
  end?: boolean;
}

interface ToolHeaderProps {
  /** Whose tool this is, e.g. the city name or "Civitas". */
  owner: string;
  /** What the tool is, e.g. "City administration". */
  tool: string;
  nav: ToolNavItem[];
  navLabel: string;
  user: SessionUser | null;
  onSignOut: () => void;
}

/** The header of the staff-facing faces (city admin, operator console). */
export function ToolHeader({ owner, tool, nav, navLabel, user, onSignOut }: ToolHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="tool-header">
      <div className="container tool-header__bar">
        <p className="tool-header__title">
          <span className="tool-header__owner">{owner}</span>
          <span className="tool-header__tool">{tool}</span>
        </p>
        {user && (
          <div className="tool-header__user">
            <span>{t('common.signedInAs', { name: user.displayName })}</span>
            <button className="button button--small button--on-dark" type="button" onClick={onSignOut}>
              {t('common.signOut')}
            </button>
          </div>
        )}
      </div>
      {user && nav.length > 0 && (
        <nav className="tool-nav" aria-label={navLabel}>
          <ul className="container tool-nav__list">
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink className="tool-nav__link" to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
