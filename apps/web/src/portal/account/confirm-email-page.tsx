import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../shared/api/api-error.ts';
import { useSession } from '../../shared/api/session-context.tsx';
import { useSite } from '../../shared/api/site-context.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { describeAccountError } from './describe-account-error.ts';
import { useLinkAction } from './use-link-action.ts';
import { useLinkToken } from './use-link-token.ts';

/** `/confirm-email?token=…`, the link emailed to a new address: the change happens as the page opens. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const site = useSite();
  const { user, refresh } = useSession();
  const outcome = useLinkAction('/api/auth/resident/confirm-email', useLinkToken(), refresh);
  useDocumentTitle(t('portal.confirmEmail.title'), site.name);

  const status = outcome.state === 'working' ? t('portal.confirmEmail.working') : outcome.state === 'done' ? t('portal.confirmEmail.done') : null;
  const failure =
    outcome.state === 'missing'
      ? t('portal.links.missing')
      : outcome.state === 'failed'
        ? outcome.error instanceof ApiError && outcome.error.code === 'email_taken'
          ? t('portal.confirmEmail.emailTaken')
          : describeAccountError(outcome.error, t)
        : null;
  const signedIn = user?.kind === 'resident';

  return (
    <div className="narrow">
      <h1>{t('portal.confirmEmail.title')}</h1>
      <StatusMessage>{status}</StatusMessage>
      {failure && (
        <>
          <p className="inline-error" role="alert">
            {failure}
          </p>
          <p>{t('portal.confirmEmail.askNew')}</p>
        </>
      )}
      {(outcome.state === 'done' || failure) && (
        <p>
          <Link className={outcome.state === 'done' ? 'button' : undefined} to={signedIn ? '/account' : '/sign-in'} state={signedIn ? undefined : { from: '/account' }}>
            {signedIn ? t('portal.confirmEmail.continue') : t('portal.verifyEmail.signInLink')}
          </Link>
        </p>
      )}
    </div>
  );
}
