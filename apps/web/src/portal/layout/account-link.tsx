import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useSession } from '../../shared/api/session-context.tsx';

/** The header's way into the account pages, for a signed-in resident. */
export function AccountLink() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (user?.kind !== 'resident') return null;
  return (
    <NavLink className="site-header__account" to="/account" end>
      {t('portal.header.account')}
    </NavLink>
  );
}
