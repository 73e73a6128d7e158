import { type FormEvent, useState } from 'react';
import type { CampaignJson, CampaignsJson } from '../budget-api-types.ts';
import { AREA_RULES } from '../eligibility.ts';
import { VOTING_METHODS } from '../voting-rules.ts';
import type { AdminProps } from './budget-admin.tsx';
import { type AreaDraft, bodyOf, type CampaignDraft, DATE_FIELDS, draftOf, newDraft } from './campaign-draft.ts';
import { ErrorSummary } from './error-summary.tsx';
import type { BudgetMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { ADMIN_BASE } from './paths.ts';
import { readApiError } from './read-api-error.ts';
import { SelectField } from './select-field.tsx';
import { TextField } from './text-field.tsx';
import { useResource } from './use-resource.ts';

const fieldId = (path: string) => `budget-campaign-${path.replace(/\./g, '-')}`;
const PHASE_OF_FIELD = { ideationAt: 'ideation', reviewAt: 'review', votingAt: 'voting', resultsAt: 'results', followUpAt: 'follow_up' } as const;

/** Creates or edits a campaign: rules, dates (city time) and areas with their budgets. */
export function CampaignForm({ api, navigate, t, campaignId }: AdminProps & { t: BudgetMessages; campaignId?: string }) {
  const [loaded] = useResource(() => api.get<CampaignsJson>('admin/campaigns'), `form-${campaignId ?? 'new'}`);
  if (loaded.state === 'loading') return <p role="status">{t.loading}</p>;
  if (loaded.state === 'failed') return <p className="civ-budget-error">{t.loadFailed}</p>;
  const existing = campaignId ? loaded.data.campaigns.find((c) => c.id === campaignId) : undefined;
  if (campaignId && !existing) return <p>{t.notFound}</p>;
  return <Form api={api} navigate={navigate} t={t} data={loaded.data} existing={existing} />;
}

function Form({ api, navigate, t, data, existing }: Pick<AdminProps, 'api' | 'navigate'> & { t: BudgetMessages; data: CampaignsJson; existing?: CampaignJson }) {
  const [draft, setDraft] = useState<CampaignDraft>(() => (existing ? draftOf(existing, data.timeZone) : newDraft(data.defaults!)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failures, setFailures] = useState(0);
  const [saving, setSaving] = useState(false);
  const frozen = existing ? ['voting', 'results', 'follow_up'].includes(existing.phase) : false;
  const districts = data.districts ?? [];
  const set = <K extends keyof CampaignDraft>(key: K, value: CampaignDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setArea = (i: number, change: Partial<AreaDraft>) => setDraft((d) => ({ ...d, areas: d.areas.map((a, j) => (j === i ? { ...a, ...change } : a)) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const body = bodyOf(draft);
      const { campaign } = existing ? await api.put<{ campaign: CampaignJson }>(`admin/campaigns/${existing.id}`, body) : await api.post<{ campaign: CampaignJson }>('admin/campaigns', body);
      navigate(`campaigns/${campaign.id}`);
    } catch (error) {
      const problem = readApiError(error);
      setErrors(Object.keys(problem.fields).length > 0 ? problem.fields : { '': problem.message });
      setFailures((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };
  const text = (name: 'title' | 'currency' | 'maxPicks' | 'thresholdPercent' | 'minimumAge', label: string, extra: Record<string, unknown> = {}) => (
    <TextField id={fieldId(name)} label={label} value={draft[name]} onChange={(v) => set(name, v)} error={errors[name]} errorPrefix={t.errorPrefix} {...extra} />
  );

  return (
    <form className="civ-budget-form" onSubmit={submit} noValidate>
      <p className="civ-budget-back">
        <ModuleLink base={ADMIN_BASE} to={existing ? `campaigns/${existing.id}` : ''} navigate={navigate}>
          {existing ? t.backToCampaign(existing.title) : t.backToCampaigns}
        </ModuleLink>
      </p>
      <h1>{existing ? t.editCampaign : t.newCampaign}</h1>
      <ErrorSummary title={t.errorTitle} errors={Object.entries(errors).map(([path, message]) => [path ? fieldId(path) : null, message])} focusKey={failures} />
      {text('title', t.campaignTitle, { maxLength: 150, autoComplete: 'off' })}
      <TextField id={fieldId('description')} label={t.campaignDescription} value={draft.description} onChange={(v) => set('description', v)} error={errors.description} errorPrefix={t.errorPrefix} multiline />
      {frozen && <p className="civ-budget-notice">{t.frozenNote}</p>}
      <fieldset className="civ-budget-fieldset" disabled={frozen}>
        <legend>{t.rules}</legend>
        {text('currency', t.currencyLabel, { maxLength: 3, autoComplete: 'off', className: 'civ-budget-input--short' })}
        <Radios name="votingMethod" legend={t.methodLabel} value={draft.votingMethod} options={VOTING_METHODS.map((m) => [m, t.methodName[m]])} onChange={(v) => set('votingMethod', v as CampaignDraft['votingMethod'])} error={errors.votingMethod} t={t} />
        {text('maxPicks', t.maxPicksLabel, { inputMode: 'numeric', className: 'civ-budget-input--short' })}
        {text('thresholdPercent', t.thresholdLabel, { inputMode: 'numeric', className: 'civ-budget-input--short' })}
        <Radios name="areaRule" legend={t.areaRuleLabel} value={draft.areaRule} options={AREA_RULES.map((r) => [r, t.areaRuleName[r]])} onChange={(v) => set('areaRule', v as CampaignDraft['areaRule'])} error={errors.areaRule} t={t} />
        {text('minimumAge', t.minimumAgeLabel, { inputMode: 'numeric', className: 'civ-budget-input--short' })}
      </fieldset>
      <div className="civ-budget-check">
        <input id={fieldId('preModeration')} type="checkbox" checked={draft.preModeration} onChange={(e) => set('preModeration', e.target.checked)} />
        <label htmlFor={fieldId('preModeration')}>{t.preModerationLabel}</label>
      </div>
      <fieldset className="civ-budget-fieldset" aria-describedby={fieldId('dates-hint')}>
        <legend>{t.datesLegend}</legend>
        <p id={fieldId('dates-hint')} className="civ-budget-hint">
          {t.datesHint(data.timeZone)}
        </p>
        {DATE_FIELDS.map((f) => (
          <TextField key={f} id={fieldId(f)} type="datetime-local" label={t.startOf[PHASE_OF_FIELD[f]]} value={draft.dates[f]} onChange={(v) => set('dates', { ...draft.dates, [f]: v })} error={errors[f]} errorPrefix={t.errorPrefix} />
        ))}
      </fieldset>
      <fieldset className="civ-budget-fieldset" disabled={frozen}>
        <legend>{t.areasLegend}</legend>
        {errors.areas && <p className="civ-budget-field-error" id={fieldId('areas')}>{errors.areas}</p>}
        {draft.areas.map((a, i) => (
          <fieldset key={a.id ?? `new-${i}`} className="civ-budget-area">
            <legend>{t.areaN(i + 1)}</legend>
            <TextField id={fieldId(`areas.${i}.name`)} label={t.areaName} value={a.name} onChange={(v) => setArea(i, { name: v })} error={errors[`areas.${i}.name`]} errorPrefix={t.errorPrefix} />
            <SelectField
              id={fieldId(`areas.${i}.kind`)}
              label={t.areaKind}
              value={a.kind}
              onChange={(v) => setArea(i, { kind: v as AreaDraft['kind'] })}
              error={errors[`areas.${i}.kind`]}
              errorPrefix={t.errorPrefix}
              options={[
                { value: 'city', label: t.kindCity },
                { value: 'district', label: t.kindDistrict },
              ]}
            />
            {a.kind === 'district' && (
              <SelectField
                id={fieldId(`areas.${i}.district`)}
                label={t.districtLabel}
                value={a.district}
                onChange={(v) => setArea(i, { district: v, name: a.name || v })}
                error={errors[`areas.${i}.district`]}
                errorPrefix={t.errorPrefix}
                options={[{ value: '', label: '—' }, ...districts.map((d) => ({ value: d, label: d }))]}
              />
            )}
            <TextField id={fieldId(`areas.${i}.budget`)} label={`${t.budgetLabel} (${draft.currency})`} value={a.budget} onChange={(v) => setArea(i, { budget: v })} error={errors[`areas.${i}.budget`]} errorPrefix={t.errorPrefix} inputMode="numeric" />
            {draft.areas.length > 1 && (
              <button type="button" className="civ-budget-button civ-budget-button--secondary" onClick={() => set('areas', draft.areas.filter((_, j) => j !== i))}>
                {t.removeArea(a.name)}
              </button>
            )}
          </fieldset>
        ))}
        <button type="button" className="civ-budget-button civ-budget-button--secondary" onClick={() => set('areas', [...draft.areas, { name: '', kind: 'district', district: '', budget: '' }])}>
          {t.addArea}
        </button>
      </fieldset>
      <div className="civ-budget-actions">
        <button type="submit" className="civ-budget-button" disabled={saving}>
          {saving ? t.submitting : t.saveCampaign}
        </button>
      </div>
    </form>
  );
}

function Radios({ name, legend, value, options, onChange, error, t }: { name: string; legend: string; value: string; options: [string, string][]; onChange: (v: string) => void; error?: string; t: BudgetMessages }) {
  return (
    <fieldset className={error ? 'civ-budget-fieldset civ-budget-field--error' : 'civ-budget-fieldset'} aria-describedby={error ? `${fieldId(name)}-error` : undefined}>
      <legend>{legend}</legend>
      {error && (
        <p id={`${fieldId(name)}-error`} className="civ-budget-field-error">
          <span className="civ-budget-visually-hidden">{t.errorPrefix} </span>
          {error}
        </p>
      )}
      {options.map(([v, label], i) => (
        <div key={v} className="civ-budget-radio">
          <input id={i === 0 ? fieldId(name) : fieldId(`${name}-${v}`)} type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          <label htmlFor={i === 0 ? fieldId(name) : fieldId(`${name}-${v}`)}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}
