import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { languageName } from '../../shared/i18n/language-name.ts';
import { localePreference } from '../site/locale-preference.ts';
import { useSite } from '../../shared/api/site-context.tsx';

/** Offers the city's languages, each in its own name; the choice is remembered per city. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const location = useLocation();
  const navigate = useNavigate();
  if (site.locales.length < 2) return null;

  function choose(locale: string) {
    localePreference.write(site.slug, locale);
    void i18n.changeLanguage(locale);
    // A ?lang= in the address would win over the new choice on the next reload.
    const params = new URLSearchParams(location.search);
    if (params.has('lang')) {
      params.delete('lang');
      const search = params.toString();
      navigate({ pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash }, { replace: true });
    }
  }

  return (
    <div className="language-select">
      <label className="language-select__label" htmlFor="language-select">
        {t('common.language')}
      </label>
      <select className="language-select__control" id="language-select" value={i18n.language} onChange={(e) => choose(e.target.value)}>
        {site.locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageName(code)}
          </option>
        ))}
      </select>
    </div>
  );
}
