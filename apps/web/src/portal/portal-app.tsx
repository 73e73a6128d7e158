import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { RequireUser } from '../shared/api/require-user.tsx';
import { AccountPage } from './account/account-page.tsx';
import { AccountPrivacyPage } from './account/account-privacy-page.tsx';
import { ConfirmEmailPage } from './account/confirm-email-page.tsx';
import { ForgotPasswordPage } from './account/forgot-password-page.tsx';
import { ResetPasswordPage } from './account/reset-password-page.tsx';
import { VerifyEmailPage } from './account/verify-email-page.tsx';
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
          <Route path="forgot-password" element={<ForgotPasswordPage />} />
          <Route path="reset-password" element={<ResetPasswordPage />} />
          <Route path="verify-email" element={<VerifyEmailPage />} />
          <Route path="confirm-email" element={<ConfirmEmailPage />} />
          <Route
            path="account"
            element={
              <RequireUser kind="resident">
                <AccountPage />
              </RequireUser>
            }
          />
          <Route
            path="account/privacy"
            element={
              <RequireUser kind="resident">
                <AccountPrivacyPage />
              </RequireUser>
            }
          />
          <Route path="accessibility" element={<AccessibilityPage />} />
          <Route path="privacy" element={<PrivacyPage />} />
          <Route path="m/:moduleId/*" element={<ModulePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
