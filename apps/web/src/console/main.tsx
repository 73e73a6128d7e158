import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { loadSession } from '../shared/api/api-client.ts';
import type { Session } from '../shared/api/api-types.ts';
import { SessionProvider } from '../shared/api/session-context.tsx';
import { createI18n } from '../shared/i18n/create-i18n.ts';
import { applyTheme } from '../shared/theme/apply-theme.ts';
import { DEFAULT_BRANDING } from '../shared/theme/default-branding.ts';
import { BootFailure } from '../shared/ui/boot-failure.tsx';
import '../shared/styles/base.css';
import '../shared/styles/tool.css';
import './console.css';
import { ConsoleApp } from './console-app.tsx';
import { consoleResources } from './i18n/console-resources.ts';

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  applyTheme(DEFAULT_BRANDING);
  let session: Session;
  try {
    session = await loadSession();
  } catch {
    document.title = 'Operator console unavailable';
    root.render(<BootFailure title="Operator console unavailable" message="The platform could not be reached. Try again in a few minutes." />);
    return;
  }
  const i18n = await createI18n(consoleResources, 'en');

  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <SessionProvider initial={session}>
          <ConsoleApp />
        </SessionProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
