import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import { ApiError } from '../../shared/api/api-error.ts';
import type { Domain, TenantSummary } from '../../shared/api/api-types.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { TextField } from '../../shared/forms/text-field.tsx';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog.tsx';
import { sortDomains } from '../../shared/ui/sort-domains.ts';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { isHost } from '../forms/is-host.ts';

interface CityDomainsSectionProps {
  tenant: TenantSummary;
  onChanged: () => void;
}

/** The city's domains, the primary marked; add one, make one primary, remove a secondary one. */
export function CityDomainsSection({ tenant, onChanged }: CityDomainsSectionProps) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  const base = `/api/console/tenants/${encodeURIComponent(tenant.id)}`;
  const primary = tenant.domains.find((d) => d.primary)?.host ?? '';

  // A button that was used (Make primary, Remove) leaves with its row's change: focus lands on the heading.
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    heading.current?.focus();
  }, [tenant.domains]);

  async function run(change: () => Promise<unknown>, done: string) {
    if (busy) return false;
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await change();
      setMessage(done);
      focusHeading.current = true;
      onChanged();
      return true;
    } catch (e) {
      setError(describeApiError(e, t));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const makePrimary = (host: string) =>
    void run(() => apiClient.put(`${base}/primary-domain`, { host }), t('console.lifecycle.domains.madePrimary', { host }));

  async function remove() {
    if (!removing) return;
    const host = removing;
    if (await run(() => apiClient.delete(`${base}/domains/${encodeURIComponent(host)}`), t('console.lifecycle.domains.removed', { host }))) setRemoving(null);
  }

  return (
    <section aria-labelledby="city-domains-heading">
      <h2 id="city-domains-heading" ref={heading} tabIndex={-1}>
        {t('console.lifecycle.domains.heading')}
      </h2>
      <StatusMessage>{message}</StatusMessage>
      {error && !removing && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="table-wrap">
        <table className="table domain-table">
          <caption className="visually-hidden">{t('console.lifecycle.domains.caption', { city: tenant.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.lifecycle.domains.host')}</th>
              <th scope="col">{t('console.lifecycle.domains.role')}</th>
              <th scope="col">{t('console.lifecycle.domains.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sortDomains(tenant.domains).map((d: Domain) => (
              <tr key={d.host}>
                <th scope="row">
                  <code>{d.host}</code>
                </th>
                <td>{d.primary ? <span className="tag tag--primary">{t('console.lifecycle.domains.primary')}</span> : t('console.lifecycle.domains.secondary')}</td>
                <td>
                  {!d.primary && (
                    <span className="button-group">
                      <button className="button button--small button--secondary" type="button" aria-disabled={busy || undefined} onClick={() => makePrimary(d.host)}>
                        {t('console.lifecycle.domains.makePrimary')}
                        <span className="visually-hidden"> ({d.host})</span>
                      </button>
                      <button
                        className="button button--small button--secondary"
                        type="button"
                        onClick={() => {
                          setError(null);
                          setRemoving(d.host);
                        }}
                      >
                        {t('console.lifecycle.domains.remove')}
                        <span className="visually-hidden"> {d.host}</span>
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AddDomainForm
        base={base}
        onAdded={(host) => {
          setMessage(t('console.lifecycle.domains.added', { host, primary }));
          onChanged();
        }}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t('console.lifecycle.domains.removeTitle', { host: removing ?? '' })}
        busy={busy}
        onCancel={() => setRemoving(null)}
        actions={
          <>
            <button className="button button--danger" type="button" aria-disabled={busy || undefined} onClick={remove}>
              {busy ? t('console.lifecycle.working') : t('console.lifecycle.domains.removeConfirm', { host: removing ?? '' })}
            </button>
            <button className="button button--secondary" type="button" data-autofocus aria-disabled={busy || undefined} onClick={busy ? undefined : () => setRemoving(null)}>
              {t('console.lifecycle.cancel')}
            </button>
          </>
        }
      >
        <p>{t('console.lifecycle.domains.removeText', { host: removing ?? '', city: tenant.name })}</p>
        {error && removing && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
      </ConfirmDialog>
    </section>
  );
}

function AddDomainForm({ base, onAdded }: { base: string; onAdded: (host: string) => void }) {
  const { t } = useTranslation();
  const [host, setHost] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const value = host.trim().toLowerCase();
    const problem = !value ? t('console.lifecycle.domains.hostRequired') : !isHost(value) ? t('console.lifecycle.domains.hostFormat') : undefined;
    setError(problem);
    if (problem) return input.current?.focus();
    setBusy(true);
    try {
      await apiClient.post(`${base}/domains`, { host: value });
      setHost('');
      onAdded(value);
    } catch (e) {
      // 409 domain_taken says which city has it; a 400 ends a sentence about the host.
      setError(e instanceof ApiError && e.status === 400 && e.fields.host ? t('console.lifecycle.domains.hostFormat') : describeApiError(e, t));
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form form--inline" noValidate onSubmit={submit}>
      <TextField
        ref={input}
        id="city-domain-add"
        name="host"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        label={t('console.lifecycle.domains.add')}
        hint={t('console.lifecycle.domains.addHint')}
        value={host}
        error={error}
        onChange={setHost}
      />
      <button className="button" type="submit" aria-disabled={busy || undefined}>
        {busy ? t('console.lifecycle.domains.adding') : t('console.lifecycle.domains.addButton')}
      </button>
    </form>
  );
}
