import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../shared/api/api-client.ts';
import type { Entitlement } from '../../shared/api/module-types.ts';
import { describeApiError } from '../../shared/forms/describe-api-error.ts';
import { ErrorSummary } from '../../shared/forms/error-summary.tsx';
import { localize } from '../../shared/i18n/localize.ts';
import { StatusMessage } from '../../shared/ui/status-message.tsx';

interface EntitlementsFormProps {
  tenantId: string;
  cityName: string;
  modules: Entitlement[];
  /** City names by slug, for an author the API names by slug only. */
  cityNames: Map<string, string>;
}

/** The modules a city's plan includes: what its admins may switch on. */
export function EntitlementsForm({ tenantId, cityName, modules, cityNames }: EntitlementsFormProps) {
  const { t, i18n } = useTranslation();
  const [allowed, setAllowed] = useState(() => new Set(modules.filter((m) => m.entitled).map((m) => m.id)));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  function toggle(id: string, on: boolean) {
    setAllowed((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setStatus(null);
    setError(null);
    try {
      const saved = await apiClient.put<{ modules: string[] }>(`/api/console/tenants/${encodeURIComponent(tenantId)}/entitlements`, {
        modules: modules.filter((m) => allowed.has(m.id)).map((m) => m.id),
      });
      setAllowed(new Set(saved.modules));
      setStatus(t('console.city.saved', { city: cityName, count: saved.modules.length }));
    } catch (e) {
      setError(describeApiError(e, t));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={error ? [{ message: error }] : []} focusKey={attempt} />
      <fieldset aria-describedby="entitlements-hint">
        <legend className="fieldset__legend entitlements__legend">{t('console.city.allowed')}</legend>
        <p className="field__hint" id="entitlements-hint">
          {t('console.city.allowedHint', { city: cityName })}
        </p>
        {modules.length === 0 ? (
          <p className="empty-state">{t('console.city.noModules')}</p>
        ) : (
          <ul className="checkbox-list">
            {modules.map((m) => (
              <li className="checkbox-row" key={m.id}>
                <input
                  className="checkbox"
                  type="checkbox"
                  id={`entitlement-${m.id}`}
                  aria-describedby={`entitlement-${m.id}-author`}
                  checked={allowed.has(m.id)}
                  onChange={(e) => toggle(m.id, e.target.checked)}
                />
                <div>
                  <label htmlFor={`entitlement-${m.id}`}>{localize(m.name, i18n.language)}</label>
                  <span className="table__sub" id={`entitlement-${m.id}-author`}>
                    {t('console.city.builtBy', { city: m.author.name || cityNames.get(m.author.slug) || m.author.slug })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <button className="button" type="submit" aria-disabled={busy || undefined}>
        {busy ? t('console.city.saving') : t('console.city.save')}
      </button>
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}
