import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { InvitationPreview } from '../../shared/api/staff-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { useApiResource, type Resource } from '../../shared/api/use-api-resource.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { useAdminTitle } from '../use-admin-title.ts';
import { AcceptInvitationForm } from './accept-invitation-form.tsx';

/** `/admin/accept-invitation?token=…`, the link emailed to an invitee: "Join <city> as <role>". */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  return token ? <InvitationView token={token} /> : <InvitationFailed message={null} />;
}

function InvitationView({ token }: { token: string }) {
  const { t } = useTranslation();
  const { resource } = useApiResource<{ invitation: InvitationPreview }>(`/api/auth/staff/invitation?token=${encodeURIComponent(token)}`);
  const title = titleOf(resource, t);
  useAdminTitle(title ?? t('common.loading'));
  if (resource.state === 'loading') {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (resource.state === 'error') return <InvitationFailed message={describeApiError(resource.error, t)} />;
  const { invitation } = resource.data;
  return (
    <div className="narrow">
      <h1>{title}</h1>
      <p className="lead">
        {invitation.invitedBy
          ? t('admin.acceptInvitation.intro', { inviter: invitation.invitedBy, city: invitation.cityName, email: invitation.email })
          : t('admin.acceptInvitation.introNoInviter', { city: invitation.cityName, email: invitation.email })}
      </p>
      <AcceptInvitationForm token={token} cityName={invitation.cityName} />
    </div>
  );
}

function titleOf(resource: Resource<{ invitation: InvitationPreview }>, t: ReturnType<typeof useTranslation>['t']): string | null {
  if (resource.state === 'error') return t('admin.acceptInvitation.failedTitle');
  if (resource.state !== 'ready') return null;
  const { cityName, role } = resource.data.invitation;
  return t('admin.acceptInvitation.title', { city: cityName, role: t(`admin.staff.roles.${role}`, { defaultValue: role }) });
}

function InvitationFailed({ message }: { message: string | null }) {
  const { t } = useTranslation();
  const site = useSite();
  useAdminTitle(t('admin.acceptInvitation.failedTitle'));
  return (
    <div className="narrow">
      <h1>{t('admin.acceptInvitation.failedTitle')}</h1>
      <p className="inline-error" role="alert">
        {message ?? t('admin.acceptInvitation.missing')}
      </p>
      <p>{t('admin.acceptInvitation.askAgain', { city: site.name })}</p>
    </div>
  );
}
