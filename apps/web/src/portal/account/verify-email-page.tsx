import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../shared/api/session-context.tsx';
import { useSite } from '../../shared/api/site-context.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { describeAccountError } from './describe-account-error.ts';
import { ResendVerification } from './resend-verification.tsx';
import { useLinkAction } from './use-link-action.ts';
import { useLinkToken } from './use-link-token.ts';

/** `/verify-email?token=…`, the link emailed at sign-up: confirms the address as the page opens. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const site = useSite();
  const { user, refresh } = useSession();
  const outcome = useLinkAction('/api/auth/resident/verify-email', useLinkToken(), refresh);
  useDocumentTitle(t('portal.verifyEmail.title'), site.name);

  const resident = user?.kind === 'resident' ? user : null;
  // An old or reused link is no problem when the address is confirmed anyway.
  const confirmed = outcome.state === 'done' || (outcome.state === 'failed' && resident?.emailVerified === true);
  const status = outcome.state === 'working' ? t('portal.verifyEmail.working') : outcome.state === 'done' ? t('portal.verifyEmail.done') : confirmed ? t('portal.verifyEmail.alreadyVerified') : null;

  return (
    <div className="narrow">
      <h1>{t('portal.verifyEmail.title')}</h1>
      <StatusMessage>{status}</StatusMessage>
      {confirmed && (
        <p>
          <Link className="button" to="/">
            {t('portal.verifyEmail.continue')}
          </Link>
        </p>
      )}
      {!confirmed && (outcome.state === 'failed' || outcome.state === 'missing') && (
        <>
          <p className="inline-error" role="alert">
            {outcome.state === 'missing' ? t('portal.links.missing') : describeAccountError(outcome.error, t)}
          </p>
          {resident ? (
            <ResendVerification email={resident.email} label={t('portal.verifyEmail.askNew')} />
          ) : (
            <p>
              {t('portal.verifyEmail.signInToAskNew')} <Link to="/sign-in">{t('portal.verifyEmail.signInLink')}</Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
