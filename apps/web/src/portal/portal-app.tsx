import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { PortalLayout } from './layout/portal-layout.tsx';
import { AccessibilityPage } from './pages/accessibility-page.tsx';
import { ModulePage } from './modules/module-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PrivacyPage } from './pages/privacy-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { SignUpPage } from './pages/sign-up-page.tsx';

/** The resident portal's routes; each enabled module has its pages under /m/<id>/. */
export function PortalApp() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<PortalLayout />}>
          <Route index element={<HomePage />} />
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="sign-up" element={<SignUpPage />} />
          <Route path="accessibility" element={<AccessibilityPage />} />
          <Route path="privacy" element={<PrivacyPage />} />
          <Route path="m/:moduleId/*" element={<ModulePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
