import { Link } from 'react-router-dom';
import { useSite } from '../../shared/api/site-context.tsx';
import { AccountLink } from './account-link.tsx';
import { CityBrand } from './city-brand.tsx';
import { LanguageSelect } from './language-select.tsx';
import { MainNavigation } from './main-navigation.tsx';

export function SiteHeader() {
  const site = useSite();
  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <Link to="/" className="site-header__brand">
          <CityBrand name={site.name} logoUrl={site.branding.logoUrl} />
        </Link>
        <div className="site-header__tools">
          <AccountLink />
          <LanguageSelect />
        </div>
      </div>
      <MainNavigation />
    </header>
  );
}
