import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useSession } from '../../shared/api/session-context.tsx';
import { ResendVerification } from '../account/resend-verification.tsx';

/** On every page while a signed-in resident has not confirmed their address (except the page that confirms it). */
export function UnverifiedNotice() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  if (user?.kind !== 'resident' || user.emailVerified !== false || pathname === '/verify-email') return null;
  return (
    <div className="notice notice--info verify-notice">
      <p className="verify-notice__text">{t('portal.verifyNotice.text', { email: user.email })}</p>
      <ResendVerification email={user.email} />
    </div>
  );
}
