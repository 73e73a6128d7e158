import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { StaffRole } from '../../shared/api/api-types.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import type { PermissionCatalogue } from '../../shared/api/staff-types.ts';
import { useSite } from '../../shared/api/site-context.tsx';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { ErrorSummary } from '../../shared/forms/error-summary.tsx';
import { isEmail } from '../../shared/forms/is-email.ts';
import { TextField } from '../../shared/forms/text-field.tsx';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { AccessFields } from './access-fields.tsx';
import { explicitGrants } from './permission-groups.ts';

const EMAIL_ID = 'invite-email';

/** "Invite a staff member": email, role and module permissions; the invitee gets a link by email. */
export function InviteForm({ catalogue, onInvited }: { catalogue: PermissionCatalogue; onInvited: (email: string) => void }) {
  const { t } = useTranslation();
  const site = useSite();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('editor');
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const form = useFormErrors<'email'>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const address = email.trim();
    if (!isEmail(address)) return form.fail({ email: t(address ? 'admin.staff.invite.emailInvalid' : 'admin.staff.invite.emailRequired') });
    form.clear();
    setBusy(true);
    try {
      await apiClient.post('/api/admin/staff/invitations', { email: address, role, permissions: explicitGrants(ticked, role, catalogue.permissions) });
      setEmail('');
      setRole('editor');
      setTicked(new Set());
      onInvited(address);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'already_staff') form.fail({ email: t('admin.staff.invite.alreadyStaff', { email: address }) });
      else if (error instanceof ApiError && 'email' in error.fields) form.fail({ email: t('admin.staff.invite.emailInvalid') });
      else form.fail({}, describeApiError(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <p>{t('admin.staff.invite.intro', { city: site.name })}</p>
      <ErrorSummary errors={form.summary(['email'], () => EMAIL_ID)} focusKey={form.attempt} />
      <TextField
        id={EMAIL_ID}
        name="email"
        type="email"
        inputMode="email"
        spellCheck={false}
        autoComplete="off"
        label={t('admin.staff.invite.email')}
        hint={t('admin.staff.invite.emailHint')}
        value={email}
        error={form.errors.email}
        onChange={setEmail}
      />
      <AccessFields idPrefix="invite" catalogue={catalogue} role={role} ticked={ticked} onRole={setRole} onTicked={setTicked} />
      <button className="button" type="submit" aria-disabled={busy || undefined}>
        {busy ? t('admin.staff.invite.sending') : t('admin.staff.invite.submit')}
      </button>
    </form>
  );
}
