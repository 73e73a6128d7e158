import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { RequireUser } from '../shared/api/require-user.tsx';
import { ToolLayout } from '../shared/ui/tool-layout.tsx';
import { ToolSignInPage } from '../shared/ui/tool-sign-in-page.tsx';
import { NewCityPage } from './new-city/new-city-page.tsx';
import { CityPage } from './pages/city-page.tsx';
import { TenantsPage } from './pages/tenants-page.tsx';
import { ProvisioningPage } from './provisioning/provisioning-page.tsx';

/** The operator console, served on the console host. */
export function ConsoleApp() {
  const { t } = useTranslation();
  const nav = [{ to: '/', label: t('console.nav.cities'), end: true }];
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<ToolLayout owner={t('console.owner')} tool={t('console.tool')} nav={nav} navLabel={t('console.navLabel')} />}>
          <Route
            path="sign-in"
            element={
              <ToolSignInPage
                idPrefix="operator-sign-in"
                title={t('console.signIn.title')}
                intro={t('console.signIn.intro')}
                siteTitle={`${t('console.tool')} – ${t('console.owner')}`}
                endpoint="/api/auth/operator/sign-in"
              />
            }
          />
          <Route
            index
            element={
              <RequireUser kind="operator">
                <TenantsPage />
              </RequireUser>
            }
          />
          <Route
            path="cities/new"
            element={
              <RequireUser kind="operator">
                <NewCityPage />
              </RequireUser>
            }
          />
          <Route
            path="provisioning/:runId"
            element={
              <RequireUser kind="operator">
                <ProvisioningPage />
              </RequireUser>
            }
          />
          <Route
            path="cities/:slug"
            element={
              <RequireUser kind="operator">
                <CityPage />
              </RequireUser>
            }
          />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
