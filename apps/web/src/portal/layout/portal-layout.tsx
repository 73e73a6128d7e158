import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { useRouteFocus } from '../../shared/ui/use-route-focus.ts';
import { ModuleBanners } from '../modules/module-banners.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';
import { UnverifiedNotice } from './unverified-notice.tsx';
import { useSessionEndedRefresh } from './use-session-ended-refresh.ts';

export function PortalLayout() {
  const { t } = useTranslation();
  useRouteFocus();
  useSessionEndedRefresh();
  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" className="page__main" tabIndex={-1}>
        <div className="container">
          <UnverifiedNotice />
          <ModuleBanners />
          <Outlet />
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
