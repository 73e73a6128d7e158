import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { apiClient, loadSession } from '../shared/api/api-client.ts';
import type { Session, Site } from '../shared/api/api-types.ts';
import { SessionProvider } from '../shared/api/session-context.tsx';
import { createI18n } from '../shared/i18n/create-i18n.ts';
import { applyTheme } from '../shared/theme/apply-theme.ts';
import { BootFailure } from '../shared/ui/boot-failure.tsx';
import '../shared/styles/base.css';
import './portal.css';
import { portalResources } from './i18n/portal-resources.ts';
import { PortalApp } from './portal-app.tsx';
import { localePreference } from './site/locale-preference.ts';
import { pickLocale } from './site/pick-locale.ts';
import { SiteContext } from '../shared/api/site-context.tsx';

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  let site: Site;
  let session: Session;
  try {
    [site, session] = await Promise.all([apiClient.get<Site>('/api/site'), loadSession()]);
  } catch {
    // No city to take a language from: use the browser's, if we have it.
    const fallback = navigator.languages.map((l) => l.split('-')[0]!).find((l) => l in portalResources) ?? 'en';
    const i18n = await createI18n(portalResources, fallback);
    document.title = i18n.t('portal.unavailable.title');
    root.render(<BootFailure title={i18n.t('portal.unavailable.title')} message={i18n.t('portal.unavailable.text')} />);
    return;
  }

  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  const locale = pickLocale(site, fromUrl, localePreference.read(site.slug));
  if (fromUrl === locale) localePreference.write(site.slug, locale);

  applyTheme(site.branding);
  const i18n = await createI18n(portalResources, locale);

  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SiteContext.Provider value={site}>
          <SessionProvider initial={session}>
            <PortalApp />
          </SessionProvider>
        </SiteContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
