import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { RequireUser } from '../shared/api/require-user.tsx';
import { useSession } from '../shared/api/session-context.tsx';
import { useSite } from '../shared/api/site-context.tsx';
import { ToolLayout } from '../shared/ui/tool-layout.tsx';
import { ToolSignInPage } from '../shared/ui/tool-sign-in-page.tsx';
import { BrandingPage } from './branding/branding-page.tsx';
import { AdminModulesProvider } from './modules/admin-modules-context.tsx';
import { ModuleAdminPage } from './modules/module-admin-page.tsx';
import { ModuleDetailPage } from './modules/module-detail-page.tsx';
import { ModulesPage } from './modules/modules-page.tsx';
import { useModuleAdminNav } from './modules/use-module-admin-nav.ts';
import { AuditPage } from './pages/audit-page.tsx';
import { OverviewPage } from './pages/overview-page.tsx';
import { AcceptInvitationPage } from './staff/accept-invitation-page.tsx';
import { StaffPage } from './staff/staff-page.tsx';

/** The city admin, served by the API for /admin and /admin/* on a city host. */
export function AdminApp() {
  return (
    <AdminModulesProvider>
      <AdminRoutes />
    </AdminModulesProvider>
  );
}

function AdminRoutes() {
  const { t } = useTranslation();
  const site = useSite();
  const { user } = useSession();
  const moduleNav = useModuleAdminNav();
  const isAdmin = user?.kind === 'staff' && user.role === 'admin';
  // Staff and audit are admin-only on the API; other roles are not offered links that would fail.
  // Every staff member may browse the modules; switching them is for administrators.
  const nav = [
    { to: '/', label: t('admin.nav.overview'), end: true },
    { to: '/branding', label: t('admin.nav.branding') },
    { to: '/modules', label: t('admin.nav.modules') },
    ...moduleNav,
    ...(isAdmin
      ? [
          { to: '/staff', label: t('admin.nav.staff') },
          { to: '/audit', label: t('admin.nav.audit') },
        ]
      : []),
  ];

  return (
    <BrowserRouter basename="/admin">
      <Routes>
        <Route element={<ToolLayout owner={site.name} tool={t('admin.tool')} nav={nav} navLabel={t('admin.navLabel')} />}>
          <Route
            path="sign-in"
            element={
              <ToolSignInPage
                idPrefix="staff-sign-in"
                title={t('admin.signIn.title')}
                intro={t('admin.signIn.intro', { city: site.name })}
                siteTitle={`${t('admin.tool')} – ${site.name}`}
                endpoint="/api/auth/staff/sign-in"
              />
            }
          />
          <Route path="accept-invitation" element={<AcceptInvitationPage />} />
          <Route
            path="*"
            element={
              <RequireUser kind="staff">
                <Routes>
                  <Route index element={<OverviewPage />} />
                  <Route path="branding" element={<BrandingPage />} />
                  <Route path="modules" element={<ModulesPage />} />
                  <Route path="modules/:id" element={<ModuleDetailPage />} />
                  <Route path="m/:id/*" element={<ModuleAdminPage />} />
                  <Route path="staff" element={<StaffPage />} />
                  <Route path="audit" element={<AuditPage />} />
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Routes>
              </RequireUser>
            }
          />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
