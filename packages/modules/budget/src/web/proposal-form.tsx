import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { CampaignDetailJson, ProjectJson } from '../budget-api-types.ts';
import { ErrorSummary } from './error-summary.tsx';
import type { BudgetMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { parseAmount, parseCoordinate } from './parse-number.ts';
import { PORTAL_BASE } from './paths.ts';
import { readApiError } from './read-api-error.ts';
import { SelectField } from './select-field.tsx';
import { TextField } from './text-field.tsx';
import { uploadImage } from './upload-image.ts';
import { useResource } from './use-resource.ts';

type Props = ModuleWebProps & { t: BudgetMessages; campaignId: string };
type Field = 'areaId' | 'title' | 'description' | 'estimatedCost' | 'address' | 'latitude' | 'longitude' | 'image';
const fieldId = (name: string) => `budget-proposal-${name}`;

/** A resident proposes a project while ideation is open. Checked here for the obvious, by the server for everything. */
export function ProposalForm({ api, navigate, t, campaignId }: Props) {
  const [detail] = useResource(() => api.get<CampaignDetailJson>(`campaigns/${campaignId}`), campaignId);
  const [draft, setDraft] = useState({ areaId: '', title: '', description: '', estimatedCost: '', address: '', latitude: '', longitude: '' });
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failures, setFailures] = useState(0);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState<{ project: ProjectJson; imageProblem: string } | null>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => doneHeading.current?.focus(), [done]);

  if (detail.state === 'loading') return <p role="status">{t.loading}</p>;
  if (detail.state === 'failed') return <p className="civ-budget-error">{t.loadFailed}</p>;
  const { campaign } = detail.data;
  const back = (
    <p className="civ-budget-back">
      <ModuleLink base={PORTAL_BASE} to={`campaigns/${campaign.id}`} navigate={navigate}>
        {t.backToCampaign(campaign.title)}
      </ModuleLink>
    </p>
  );

  if (done) {
    return (
      <>
        <h1 ref={doneHeading} tabIndex={-1}>
          {done.project.status === 'published' ? t.proposalPublished : t.proposalSent}
        </h1>
        {done.imageProblem && <p className="civ-budget-error">{t.imageFailed(done.imageProblem)}</p>}
        <p>
          <ModuleLink base={PORTAL_BASE} to={`projects/${done.project.id}`} navigate={navigate}>
            {done.project.title}
          </ModuleLink>
        </p>
        {back}
      </>
    );
  }

  const areaId = draft.areaId || campaign.areas[0]?.id || '';
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const check = () => {
    const found: Record<string, string> = {};
    if (draft.title.trim().length < 3) found.title = draft.title.trim() ? t.fieldTooShort(3) : t.fieldRequired;
    if (draft.description.trim().length < 10) found.description = draft.description.trim() ? t.fieldTooShort(10) : t.fieldRequired;
    if (parseAmount(draft.estimatedCost) === null) found.estimatedCost = draft.estimatedCost.trim() ? t.fieldNumber : t.fieldRequired;
    if (draft.address.trim().length < 3) found.address = draft.address.trim() ? t.fieldTooShort(3) : t.fieldRequired;
    if (draft.latitude.trim() && parseCoordinate(draft.latitude) === null) found.latitude = t.fieldCoordinate;
    if (draft.longitude.trim() && parseCoordinate(draft.longitude) === null) found.longitude = t.fieldCoordinate;
    if (!!draft.latitude.trim() !== !!draft.longitude.trim()) found[draft.latitude.trim() ? 'longitude' : 'latitude'] = t.fieldRequired;
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    if (Object.keys(found).length) {
      setErrors(found);
      setFailures((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const { project } = await api.post<{ project: ProjectJson }>(`campaigns/${campaign.id}/proposals`, {
        areaId,
        title: draft.title,
        description: draft.description,
        estimatedCost: parseAmount(draft.estimatedCost),
        address: draft.address,
        latitude: draft.latitude.trim() ? parseCoordinate(draft.latitude) : null,
        longitude: draft.longitude.trim() ? parseCoordinate(draft.longitude) : null,
      });
      let imageProblem = '';
      if (file) await uploadImage(project.id, file).catch((error: unknown) => (imageProblem = readApiError(error).message));
      setDone({ project, imageProblem });
    } catch (error) {
      const problem = readApiError(error);
      setErrors(Object.keys(problem.fields).length > 0 ? problem.fields : { '': problem.message });
      setFailures((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: Exclude<Field, 'areaId' | 'image'>) => ({ id: fieldId(name), value: draft[name], onChange: set(name), error: errors[name], errorPrefix: t.errorPrefix });

  return (
    <form className="civ-budget-form" onSubmit={submit} noValidate>
      {back}
      <h1>{t.proposeTitle}</h1>
      <p>{t.proposeIntro}</p>
      <ErrorSummary title={t.errorTitle} errors={Object.entries(errors).map(([path, message]) => [path ? fieldId(path) : null, message])} focusKey={failures} />
      {campaign.areas.length > 1 && (
        <SelectField
          id={fieldId('areaId')}
          label={t.areaLabel}
          value={areaId}
          onChange={set('areaId')}
          error={errors.areaId}
          errorPrefix={t.errorPrefix}
          options={campaign.areas.map((a) => ({ value: a.id, label: a.name }))}
        />
      )}
      <TextField {...field('title')} label={t.titleLabel} maxLength={120} autoComplete="off" />
      <TextField {...field('description')} label={t.descriptionLabel} hint={t.descriptionHint} multiline />
      <TextField {...field('estimatedCost')} label={t.costLabel} hint={t.costHint(campaign.currency)} inputMode="numeric" autoComplete="off" />
      <TextField {...field('address')} label={t.addressLabel} autoComplete="street-address" maxLength={200} />
      <fieldset className="civ-budget-fieldset" aria-describedby={fieldId('point-hint')}>
        <legend>{t.pointLegend}</legend>
        <p id={fieldId('point-hint')} className="civ-budget-hint">
          {t.pointHint}
        </p>
        <div className="civ-budget-pair">
          <TextField {...field('latitude')} label={t.latitudeLabel} inputMode="decimal" autoComplete="off" />
          <TextField {...field('longitude')} label={t.longitudeLabel} inputMode="decimal" autoComplete="off" />
        </div>
      </fieldset>
      <div className="civ-budget-field">
        <label htmlFor={fieldId('image')}>{t.imageLabel}</label>
        <p id={fieldId('image-hint')} className="civ-budget-hint">
          {t.imageHint}
        </p>
        <input id={fieldId('image')} type="file" accept="image/jpeg,image/png,image/webp" aria-describedby={fieldId('image-hint')} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <div className="civ-budget-actions">
        <button type="submit" className="civ-budget-button" disabled={saving}>
          {saving ? t.submitting : t.submitProposal}
        </button>
        <button type="button" className="civ-budget-button civ-budget-button--secondary" onClick={() => navigate(`campaigns/${campaign.id}`)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
