import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { StaffMember, StaffRole } from '../../shared/api/api-types.ts';
import type { PermissionCatalogue } from '../../shared/api/staff-types.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { ErrorSummary } from '../../shared/forms/error-summary.tsx';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { AccessFields } from './access-fields.tsx';
import { explicitGrants } from './permission-groups.ts';

interface EditAccessFormProps {
  member: StaffMember;
  catalogue: PermissionCatalogue;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** A staff member's role and extra permissions. The server refuses to leave the city without an administrator. */
export function EditAccessForm({ member, catalogue, onSaved, onCancel }: EditAccessFormProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<StaffRole>(member.role);
  const [ticked, setTicked] = useState<Set<string>>(() => new Set(member.permissions));
  const [busy, setBusy] = useState(false);
  const form = useFormErrors<never>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opened from a button in the table: the reader lands on the form's heading.
  useEffect(() => headingRef.current?.focus(), [member.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    form.clear();
    setBusy(true);
    try {
      await apiClient.patch(`/api/admin/staff/${encodeURIComponent(member.id)}`, { role, permissions: explicitGrants(ticked, role, catalogue.permissions) });
      onSaved(t('admin.staff.edit.saved', { name: member.displayName }));
    } catch (error) {
      // 409 last_admin: the server's message says what to do first.
      form.fail({}, describeApiError(error, t));
      setBusy(false);
    }
  }

  return (
    <section className="panel edit-access" aria-labelledby="edit-access-heading">
      <h2 id="edit-access-heading" ref={headingRef} tabIndex={-1}>
        {t('admin.staff.edit.heading', { name: member.displayName })}
      </h2>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={form.summary([], () => '')} focusKey={form.attempt} />
        <AccessFields idPrefix={`edit-${member.id}`} catalogue={catalogue} role={role} ticked={ticked} onRole={setRole} onTicked={setTicked} />
        <div className="button-group">
          <button className="button" type="submit" aria-disabled={busy || undefined}>
            {busy ? t('admin.staff.edit.saving') : t('admin.staff.edit.save')}
          </button>
          <button className="button button--secondary" type="button" onClick={onCancel}>
            {t('admin.staff.edit.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
