import type { ModuleApi } from '@civitas/module-sdk/web';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CampaignJson } from '../budget-api-types.ts';
import { ErrorSummary } from './error-summary.tsx';
import type { BudgetMessages } from './messages.ts';
import { parseAmount } from './parse-number.ts';
import { readApiError } from './read-api-error.ts';
import { SelectField } from './select-field.tsx';
import { TextField } from './text-field.tsx';

const fieldId = (name: string) => `budget-merge-${name.replace(/\./g, '-')}`;

/** The project several proposals become; the server checks them and moves their followers. */
export function MergeForm({ api, campaign, projectIds, t, onDone, onCancel }: { api: ModuleApi; campaign: CampaignJson; projectIds: string[]; t: BudgetMessages; onDone: () => void; onCancel: () => void }) {
  const [draft, setDraft] = useState({ areaId: campaign.areas[0]?.id ?? '', title: '', description: '', estimatedCost: '', address: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failures, setFailures] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api.post(`admin/campaigns/${campaign.id}/merge`, { ...draft, projectIds, estimatedCost: parseAmount(draft.estimatedCost) ?? draft.estimatedCost });
      onDone();
    } catch (error) {
      const problem = readApiError(error);
      setErrors(Object.keys(problem.fields).length > 0 ? problem.fields : { '': problem.message });
      setFailures((n) => n + 1);
    }
  };
  const field = (name: 'title' | 'description' | 'estimatedCost' | 'address') => ({ id: fieldId(name), value: draft[name], onChange: set(name), error: errors[name], errorPrefix: t.errorPrefix });
  return (
    <form className="civ-budget-form civ-budget-panel" onSubmit={submit} noValidate>
      <h3 ref={heading} tabIndex={-1}>
        {t.mergeTitle}
      </h3>
      <p>{t.mergeIntro(projectIds.length)}</p>
      <ErrorSummary title={t.errorTitle} errors={Object.entries(errors).map(([path, message]) => [path ? fieldId(path) : null, message])} focusKey={failures} />
      <SelectField id={fieldId('areaId')} label={t.areaLabel} value={draft.areaId} onChange={set('areaId')} error={errors.areaId} errorPrefix={t.errorPrefix} options={campaign.areas.map((a) => ({ value: a.id, label: a.name }))} />
      <TextField {...field('title')} label={t.titleLabel} maxLength={120} />
      <TextField {...field('description')} label={t.descriptionLabel} multiline />
      <TextField {...field('estimatedCost')} label={t.costLabel} inputMode="numeric" />
      <TextField {...field('address')} label={t.addressLabel} />
      <div className="civ-budget-actions">
        <button type="submit" className="civ-budget-button">
          {t.mergeTitle}
        </button>
        <button type="button" className="civ-budget-button civ-budget-button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
