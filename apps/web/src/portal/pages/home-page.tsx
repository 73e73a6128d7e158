import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { ModuleHomes } from '../modules/module-homes.tsx';
import { AccountPanel } from './account-panel.tsx';
import { ServiceList } from './service-list.tsx';

export type HomeNotice = 'signedIn' | 'accountCreated' | 'signedOut' | 'accountDeleted';

const NOTICE_KEYS: Record<HomeNotice, string> = {
  signedIn: 'portal.home.signedIn',
  accountCreated: 'portal.home.accountCreated',
  signedOut: 'common.signedOut',
  accountDeleted: 'portal.home.accountDeleted',
};

export function HomePage() {
  const { t } = useTranslation();
  const site = useSite();
  const location = useLocation();
  const navigate = useNavigate();
  const fromState = (location.state as { notice?: HomeNotice } | null)?.notice ?? null;
  const [notice, setNotice] = useState<HomeNotice | null>(fromState);
  useEffect(() => {
    // Shown once: history keeps route state, and a reload must not say "signed in" again.
    if (fromState) void navigate('.', { replace: true, state: null });
  }, [fromState, navigate]);
  useDocumentTitle(t('portal.home.title'), site.name);

  return (
    <>
      <div className="hero">
        <h1 className="hero__title">{t('portal.home.welcome', { city: site.name })}</h1>
        <p className="lead">{t('portal.home.intro', { city: site.name })}</p>
      </div>
      <StatusMessage>{notice ? t(NOTICE_KEYS[notice]) : null}</StatusMessage>
      <div className="home-grid">
        <ServiceList modules={site.modules} />
        <AccountPanel onSignedOut={() => setNotice('signedOut')} />
      </div>
      <ModuleHomes />
    </>
  );
}
