import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import type { TenantSummary } from '../../shared/api/api-types.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { StatusTag } from '../../shared/ui/status-tag.tsx';
import type { CityStatus, ProvisioningRun } from '../console-types.ts';

type Action = 'suspend' | 'resume' | 'archive';

// The API's allowed transitions (a city being provisioned has none until it is active).
const ACTIONS: Record<CityStatus, Action[]> = {
  provisioning: [],
  active: ['suspend', 'archive'],
  suspended: ['resume', 'archive'],
  archived: ['resume'],
};

interface CityStatusSectionProps {
  tenant: TenantSummary;
  /** Re-reads the city after a change. */
  onChanged: () => void;
  /** While the city is being deleted, nothing else may change it. */
  locked: boolean;
}

/** The city's status, what it means for residents and staff, and the changes it allows, each confirmed. */
export function CityStatusSection({ tenant, onChanged, locked }: CityStatusSectionProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const status = tenant.status as CityStatus;
  const city = tenant.name;

  // The button that opened the dialog is gone once the status changed: give focus a place to land.
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    heading.current?.focus();
  }, [tenant.status]);

  async function confirm() {
    if (!action || busy) return;
    setBusy(true);
    try {
      await apiClient.post(`/api/console/tenants/${encodeURIComponent(tenant.id)}/${action}`);
      setMessage(t(`console.lifecycle.actions.${action}.done`, { city }));
      setAction(null);
      focusHeading.current = true;
      onChanged();
    } catch (error) {
      setRefusal(describeApiError(error, t));
    } finally {
      setBusy(false);
    }
  }

  const close = () => {
    setAction(null);
    setRefusal(null);
  };
  const actions = locked ? [] : (ACTIONS[status] ?? []);

  return (
    <section aria-labelledby="city-status-heading">
      <h2 id="city-status-heading" ref={heading} tabIndex={-1}>
        {t('console.lifecycle.statusHeading')}
      </h2>
      <StatusMessage>{message}</StatusMessage>
      <p className="city-status">
        <StatusTag status={tenant.status} /> <span>{t(`console.lifecycle.statusText.${status}`, { city, defaultValue: '' })}</span>
      </p>
      {status === 'provisioning' && <ProvisioningLink slug={tenant.slug} city={city} />}
      {actions.length > 0 && (
        <p className="button-group">
          {actions.map((a) => (
            <button
              key={a}
              className="button button--secondary"
              type="button"
              onClick={() => {
                setMessage(null);
                setAction(a);
              }}
            >
              {t(`console.lifecycle.actions.${a}.button`)}
            </button>
          ))}
        </p>
      )}
      <ConfirmDialog
        open={action !== null}
        title={action ? t(`console.lifecycle.actions.${action}.title`, { city }) : ''}
        busy={busy}
        onCancel={close}
        actions={
          refusal ? (
            <button className="button button--secondary" type="button" data-autofocus onClick={close}>
              {t('console.lifecycle.close')}
            </button>
          ) : (
            <>
              <button className={action === 'resume' ? 'button' : 'button button--danger'} type="button" aria-disabled={busy || undefined} onClick={confirm}>
                {busy ? t('console.lifecycle.working') : action ? t(`console.lifecycle.actions.${action}.confirm`, { city }) : ''}
              </button>
              <button className="button button--secondary" type="button" data-autofocus aria-disabled={busy || undefined} onClick={busy ? undefined : close}>
                {t('console.lifecycle.cancel')}
              </button>
            </>
          )
        }
      >
        {action && <p>{t(`console.lifecycle.actions.${action}.text`, { city })}</p>}
        {refusal && (
          <p className="inline-error" role="alert">
            {refusal}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}

/** A city still being provisioned links to its run, the newest for its slug. */
function ProvisioningLink({ slug, city }: { slug: string; city: string }) {
  const { t } = useTranslation();
  const [runId, setRunId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    apiClient.get<{ runs: ProvisioningRun[] }>('/api/console/provisioning').then(
      ({ runs }) => live && setRunId(runs.find((r) => r.slug === slug)?.id ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [slug]);
  if (!runId) return null;
  return (
    <p>
      <Link to={`/provisioning/${encodeURIComponent(runId)}`}>{t('console.lifecycle.seeProvisioning', { city })}</Link>
    </p>
  );
}
