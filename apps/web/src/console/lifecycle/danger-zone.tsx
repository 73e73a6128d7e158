import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import type { TenantSummary } from '../../shared/api/api-types.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { TextField } from '../../shared/forms/text-field.tsx';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import type { CityDeletion } from '../console-types.ts';
import { removedRows } from './use-city-deletion.ts';

interface DangerZoneProps {
  tenant: TenantSummary;
  /** A finished export lets the city go without typing its slug. */
  exported: boolean;
  deletion: CityDeletion | null;
  onRequested: () => void;
}

/** "Delete city": confirmed with the slug typed (or after an export), then followed until the city is gone. */
export function DangerZone({ tenant, exported, deletion, onRequested }: DangerZoneProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const city = tenant.name;
  const running = deletion?.status === 'running';

  // Done: back to the list, which says so (this city's page no longer has anything to show).
  useEffect(() => {
    if (deletion?.status !== 'succeeded') return;
    void navigate('/', { replace: true, state: { notice: t('console.tenants.deleted', { city, rows: removedRows(deletion.removed) }) } });
  }, [deletion, navigate, t, city]);

  function close() {
    setOpen(false);
    setTyped('');
    setError(undefined);
    setFormError(null);
  }

  async function confirm() {
    if (busy) return;
    const confirmSlug = typed.trim();
    if (!exported && confirmSlug !== tenant.slug) {
      setError(t('console.lifecycle.deletion.confirmRequired', { slug: tenant.slug }));
      return field.current?.focus();
    }
    setBusy(true);
    try {
      await apiClient.delete(`/api/console/tenants/${encodeURIComponent(tenant.id)}`, exported && !confirmSlug ? {} : { confirmSlug });
      close();
      onRequested();
      heading.current?.focus();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'confirmation_required') {
        setError(t('console.lifecycle.deletion.confirmRequired', { slug: tenant.slug }));
        field.current?.focus();
      } else {
        setFormError(describeApiError(e, t));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="danger-zone" aria-labelledby="danger-zone-heading">
      <h2 id="danger-zone-heading" ref={heading} tabIndex={-1}>
        {t('console.lifecycle.deletion.heading')}
      </h2>
      <StatusMessage tone="info">{running ? t('console.lifecycle.deletion.running', { city }) : null}</StatusMessage>
      {deletion?.status === 'failed' && (
        <p className="inline-error" role="alert">
          {t('console.lifecycle.deletion.failed', { city, error: deletion.error ?? '' })}
        </p>
      )}
      {running && <progress className="progress" aria-label={t('console.lifecycle.deletion.progress', { city })} />}
      <p>{t('console.lifecycle.deletion.text', { city })}</p>
      {!running && (
        <button className="button button--danger" type="button" onClick={() => setOpen(true)}>
          {t('console.lifecycle.deletion.button')}
        </button>
      )}
      <ConfirmDialog
        open={open}
        title={t('console.lifecycle.deletion.title', { city })}
        busy={busy}
        onCancel={close}
        actions={
          <>
            <button className="button button--danger" type="button" aria-disabled={busy || undefined} onClick={confirm}>
              {busy ? t('console.lifecycle.deletion.working') : t('console.lifecycle.deletion.confirm', { city })}
            </button>
            <button className="button button--secondary" type="button" data-autofocus={exported || undefined} aria-disabled={busy || undefined} onClick={busy ? undefined : close}>
              {t('console.lifecycle.deletion.cancel')}
            </button>
          </>
        }
      >
        <p>{t('console.lifecycle.deletion.warning', { city })}</p>
        {exported ? (
          <p>{t('console.lifecycle.deletion.exported', { city })}</p>
        ) : (
          <>
            <p>{t('console.lifecycle.deletion.notExported', { city })}</p>
            <TextField
              ref={field}
              id="delete-city-confirm"
              name="confirmSlug"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              data-autofocus
              label={t('console.lifecycle.deletion.confirmLabel', { slug: tenant.slug })}
              value={typed}
              error={error}
              onChange={setTyped}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void confirm();
                }
              }}
            />
          </>
        )}
        {formError && (
          <p className="inline-error" role="alert">
            {formError}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}
