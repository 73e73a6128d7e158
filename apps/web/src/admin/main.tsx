import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { apiClient, loadSession } from '../shared/api/api-client.ts';
import type { Session, Site } from '../shared/api/api-types.ts';
import { SessionProvider } from '../shared/api/session-context.tsx';
import { SiteContext } from '../shared/api/site-context.tsx';
import { createI18n } from '../shared/i18n/create-i18n.ts';
import { applyTheme } from '../shared/theme/apply-theme.ts';
import { DEFAULT_BRANDING } from '../shared/theme/default-branding.ts';
import { BootFailure } from '../shared/ui/boot-failure.tsx';
import '../shared/styles/base.css';
import '../shared/styles/tool.css';
import './admin.css';
import { AdminApp } from './admin-app.tsx';
import { adminResources } from './i18n/admin-resources.ts';

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  applyTheme(DEFAULT_BRANDING);
  let site: Site;
  let session: Session;
  try {
    [site, session] = await Promise.all([apiClient.get<Site>('/api/site'), loadSession()]);
  } catch {
    document.title = 'City administration unavailable';
    root.render(<BootFailure title="City administration unavailable" message="This city could not be loaded. Try again in a few minutes." />);
    return;
  }
  const language = site.defaultLocale in adminResources ? site.defaultLocale : 'en';
  const i18n = await createI18n(adminResources, language);

  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SiteContext.Provider value={site}>
          <SessionProvider initial={session}>
            <AdminApp />
          </SessionProvider>
        </SiteContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
