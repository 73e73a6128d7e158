import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../../../shared/api/api-client.ts';
import { ApiError } from '../../../shared/api/api-error.ts';
import type { ModuleDetail } from '../../../shared/api/module-types.ts';
import { describeApiError } from '../../../shared/forms/describe-api-error.ts';
import { ErrorSummary, type SummaryError } from '../../../shared/forms/error-summary.tsx';
import { localize } from '../../../shared/i18n/localize.ts';
import { StatusMessage } from '../../../shared/ui/status-message.tsx';
import { describeProblem, describeServerProblem } from './describe-setting.ts';
import { readSettingsSchema } from './read-settings-schema.ts';
import { serverFieldErrors } from './server-field-errors.ts';
import { SettingInput } from './setting-input.tsx';
import { fromDraft, toDraft } from './settings-draft.ts';

const fieldId = (key: string) => `setting-${key}`;

/** The module's settings, drawn from its JSON Schema; the server has the last word on every value. */
export function SettingsForm({ module, canManage }: { module: ModuleDetail; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const fields = useMemo(() => readSettingsSchema(module.settingsSchema, i18n.language), [module.settingsSchema, i18n.language]);
  const [saved, setSaved] = useState(module.settings);
  const [draft, setDraft] = useState(() => toDraft(fields, module.settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = localize(module.name, i18n.language);

  if (fields.length === 0) return <p>{t('admin.settings.noSettings', { name })}</p>;

  function fail(byField: Record<string, string>, other: string[]) {
    setErrors(byField);
    setFormErrors(other);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !canManage) return;
    setStatus(null);
    const { settings, problems } = fromDraft(fields, draft, saved);
    const byField = Object.fromEntries(
      Object.entries(problems).map(([key, problem]) => [key, describeProblem(fields.find((f) => f.key === key)!, problem, t)]),
    );
    if (Object.keys(byField).length > 0) return fail(byField, []);
    setBusy(true);
    try {
      const result = await apiClient.put<{ settings: Record<string, unknown> }>(`/api/admin/modules/${encodeURIComponent(module.id)}/settings`, { settings });
      setSaved(result.settings);
      setDraft(toDraft(fields, result.settings));
      setErrors({});
      setFormErrors([]);
      setStatus(t('admin.settings.saved', { name }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && Object.keys(error.fields).length > 0) {
        const { byField: server, other } = serverFieldErrors(error.fields, fields.map((f) => f.key));
        const worded = Object.fromEntries(Object.entries(server).map(([key, m]) => [key, describeServerProblem(fields.find((f) => f.key === key)!, m)]));
        fail(worded, other);
      } else {
        fail({}, [describeApiError(error, t)]);
      }
    } finally {
      setBusy(false);
    }
  }

  const summary: SummaryError[] = [
    ...formErrors.map((message) => ({ message })),
    ...fields.flatMap((f) => (errors[f.key] ? [{ fieldId: fieldId(f.key), message: errors[f.key]! }] : [])),
  ];

  return (
    <form className="form settings-form" noValidate onSubmit={submit} aria-labelledby="module-settings-heading">
      <ErrorSummary errors={summary} focusKey={attempt} />
      {!canManage && <p className="notice notice--info">{t('admin.settings.adminOnly')}</p>}
      <fieldset className="settings-form__fields" disabled={!canManage}>
        {fields.map((field) => (
          <SettingInput
            key={field.key}
            field={field}
            id={fieldId(field.key)}
            value={draft[field.key]}
            saved={saved[field.key]}
            error={errors[field.key]}
            onChange={(value) => setDraft((d) => ({ ...d, [field.key]: value }))}
          />
        ))}
      </fieldset>
      {canManage && (
        <button className="button" type="submit" aria-disabled={busy || undefined}>
          {busy ? t('admin.settings.saving') : t('admin.settings.save')}
        </button>
      )}
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}
