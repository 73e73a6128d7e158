import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSite } from '../../shared/api/site-context.tsx';

export function SiteFooter() {
  const { t } = useTranslation();
  const site = useSite();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <ul className="site-footer__links">
          <li>
            <Link to="/accessibility">{t('portal.footer.accessibility')}</Link>
          </li>
          <li>
            <Link to="/privacy">{t('portal.footer.privacy')}</Link>
          </li>
        </ul>
        <p className="site-footer__tagline">{t('portal.footer.tagline', { city: site.name })}</p>
      </div>
    </footer>
  );
}
