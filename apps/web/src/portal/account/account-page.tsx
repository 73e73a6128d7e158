import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProfileAnswer } from '../../shared/api/account-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { useApiResource } from '../../shared/api/use-api-resource.ts';
import { ResourceView } from '../../shared/ui/resource-view.tsx';
import { useDocumentTitle } from '../../shared/ui/use-document-title.ts';
import { AccountSection } from './account-section.tsx';
import { ChangeEmailForm } from './change-email-form.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';
import { ProfileForm } from './profile-form.tsx';
import { SignOutEverywhere } from './sign-out-everywhere.tsx';

/** `/account`: the signed-in resident's details, email address, password and sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  const site = useSite();
  const { resource } = useApiResource<ProfileAnswer>('/api/account/profile');
  useDocumentTitle(t('portal.account.title'), site.name);

  return (
    <div className="account-page">
      <h1>{t('portal.account.title')}</h1>
      <p className="lead">{t('portal.account.intro', { city: site.name })}</p>
      <p>
        <Link to="/account/privacy">{t('portal.account.privacyLink')}</Link>
      </p>
      <ResourceView resource={resource}>
        {({ profile, districts }) => (
          <>
            <AccountSection id="details" title={t('portal.account.details.heading')}>
              <ProfileForm profile={profile} districts={districts} />
            </AccountSection>
            <AccountSection id="email" title={t('portal.account.email.heading')}>
              <p>
                {t('portal.account.email.current', { email: profile.email })}{' '}
                {profile.emailVerified ? t('portal.account.email.confirmed') : t('portal.account.email.notConfirmed')}
              </p>
              <ChangeEmailForm currentEmail={profile.email} />
            </AccountSection>
            <AccountSection id="password" title={t('portal.account.password.heading')}>
              <ChangePasswordForm />
            </AccountSection>
            <AccountSection id="everywhere" title={t('portal.account.everywhere.heading')}>
              <SignOutEverywhere />
            </AccountSection>
          </>
        )}
      </ResourceView>
    </div>
  );
}
