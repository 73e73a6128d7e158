import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { useSession } from '../api/session-context.tsx';
import { describeApiError } from '../forms/describe-api-error.ts';
import { ToolHeader, type ToolNavItem } from './tool-header.tsx';
import { useRouteFocus } from './use-route-focus.ts';

interface ToolLayoutProps {
  owner: string;
  tool: string;
  nav: ToolNavItem[];
  navLabel: string;
}

/** Page frame of the city admin and the operator console. */
export function ToolLayout({ owner, tool, nav, navLabel }: ToolLayoutProps) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const [error, setError] = useState<string | null>(null);
  useRouteFocus();

  async function handleSignOut() {
    setError(null);
    try {
      await signOut(); // the route guard then shows sign-in, which confirms it
    } catch (e) {
      setError(describeApiError(e, t));
    }
  }

  return (
    <div className="page tool">
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <ToolHeader owner={owner} tool={tool} nav={nav} navLabel={navLabel} user={user} onSignOut={handleSignOut} />
      <main id="main" className="page__main" tabIndex={-1}>
        <div className="container">
          {error && (
            <p className="inline-error" role="alert">
              {error}
            </p>
          )}
          <Outlet />
        </div>
      </main>
    </div>
  );
}
