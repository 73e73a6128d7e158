import { type FormEvent, useState } from 'react';
import type { AdminProjectJson, Delivery, Feasibility } from '../budget-api-types.ts';
import type { AdminProps } from './budget-admin.tsx';
import { formatMoney } from './format.ts';
import type { BudgetMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { parseAmount } from './parse-number.ts';
import { ADMIN_BASE, API_BASE } from './paths.ts';
import { ProjectFacts } from './project-facts.tsx';
import { readApiError } from './read-api-error.ts';
import { TextField } from './text-field.tsx';
import { useResource } from './use-resource.ts';

const FEASIBILITY: Feasibility[] = ['unassessed', 'feasible', 'unfeasible'];
const DELIVERY: Delivery[] = ['not_started', 'design', 'works', 'delivered', 'abandoned'];

/** A project for staff: moderation while it is a proposal, review before the vote, delivery once funded. */
export function AdminProject({ api, locale, navigate, t, projectId }: AdminProps & { t: BudgetMessages; projectId: string }) {
  const [loaded, reload] = useResource(() => api.get<AdminProjectJson>(`admin/projects/${projectId}`), projectId);
  const [flash, setFlash] = useState('');
  if (loaded.state === 'loading') return <p role="status">{t.loading}</p>;
  if (loaded.state === 'failed') return <p className="civ-budget-error">{readApiError(loaded.error).status === 404 ? t.notFound : t.loadFailed}</p>;
  const { project, campaign, result } = loaded.data;
  const money = (n: number) => formatMoney(n, campaign.currency, locale);
  const beforeVoting = ['draft', 'ideation', 'review'].includes(campaign.phase);
  const done = (message: string) => {
    setFlash(message);
    reload();
  };
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      done(t.saved);
    } catch (error) {
      setFlash(readApiError(error).message);
    }
  };
  return (
    <>
      <p className="civ-budget-back">
        <ModuleLink base={ADMIN_BASE} to={`campaigns/${campaign.id}`} navigate={navigate}>
          {t.backToCampaign(campaign.title)}
        </ModuleLink>
      </p>
      <h1>{project.title}</h1>
      <div role="status" className="civ-budget-flash">
        {flash && <p>{flash}</p>}
      </div>
      {project.hasImage && <img className="civ-budget-image" src={`${API_BASE}projects/${project.id}/image`} alt={t.pictureOf(project.title)} />}
      <p className="civ-budget-text">{project.description}</p>
      <ProjectFacts project={{ ...project, yours: false }} campaign={campaign} money={money} t={t} />
      {result && (
        <p>
          {t.votes}: {result.votes} · {result.funded ? t.funded : t.notFunded}
        </p>
      )}
      {beforeVoting && project.status !== 'merged' && <Moderation project={project} t={t} run={run} api={api} />}
      {beforeVoting && project.status === 'published' && <Review key={`${project.feasibility}-${project.finalCost}-${project.eligible}`} project={project} t={t} run={run} api={api} />}
      {result?.funded && <DeliveryForm key={project.delivery} project={project} t={t} run={run} api={api} />}
    </>
  );
}

type Part = { project: AdminProjectJson['project']; t: BudgetMessages; run: (action: () => Promise<unknown>) => Promise<void>; api: AdminProps['api'] };

function Moderation({ project, t, run, api }: Part) {
  const [note, setNote] = useState(project.moderationNote);
  const decide = (decision: 'publish' | 'reject') => run(() => api.post(`admin/projects/${project.id}/moderation`, { decision, note }));
  return (
    <section className="civ-budget-panel" aria-labelledby="budget-moderation">
      <h2 id="budget-moderation">{t.moderation}</h2>
      <p>
        {t.statusLabel}: {t.status[project.status]}
      </p>
      <TextField id="budget-moderation-note" label={t.noteLabel} hint={t.noteHint} value={note} onChange={setNote} errorPrefix={t.errorPrefix} multiline />
      <div className="civ-budget-actions">
        {project.status !== 'published' && (
          <button type="button" className="civ-budget-button" onClick={() => decide('publish')}>
            {t.publish}
          </button>
        )}
        {project.status !== 'rejected' && (
          <button type="button" className="civ-budget-button civ-budget-button--secondary" onClick={() => decide('reject')}>
            {t.reject}
          </button>
        )}
      </div>
    </section>
  );
}

function Review({ project, t, run, api }: Part) {
  const [feasibility, setFeasibility] = useState(project.feasibility);
  const [note, setNote] = useState(project.feasibilityNote);
  const [cost, setCost] = useState(project.finalCost === null ? String(project.estimatedCost) : String(project.finalCost));
  const [eligible, setEligible] = useState(project.eligible);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api.put(`admin/projects/${project.id}/review`, { feasibility, feasibilityNote: note, finalCost: cost.trim() ? (parseAmount(cost) ?? cost) : null, eligible }));
  };
  return (
    <form className="civ-budget-panel" onSubmit={submit} noValidate aria-labelledby="budget-review">
      <h2 id="budget-review">{t.review}</h2>
      <fieldset className="civ-budget-fieldset">
        <legend>{t.feasibilityLabel}</legend>
        {FEASIBILITY.map((f) => (
          <div key={f} className="civ-budget-radio">
            <input id={`budget-feasibility-${f}`} type="radio" name="feasibility" checked={feasibility === f} onChange={() => setFeasibility(f)} />
            <label htmlFor={`budget-feasibility-${f}`}>{t.feasibility[f]}</label>
          </div>
        ))}
      </fieldset>
      <TextField id="budget-feasibility-note" label={t.feasibilityNoteLabel} value={note} onChange={setNote} errorPrefix={t.errorPrefix} multiline />
      <TextField id="budget-final-cost" label={t.finalCost} value={cost} onChange={setCost} errorPrefix={t.errorPrefix} inputMode="numeric" />
      <div className="civ-budget-check">
        <input id="budget-eligible" type="checkbox" checked={eligible} onChange={(e) => setEligible(e.target.checked)} />
        <label htmlFor="budget-eligible">{t.onBallotLabel}</label>
      </div>
      <button type="submit" className="civ-budget-button">
        {t.saveReview}
      </button>
    </form>
  );
}

function DeliveryForm({ project, t, run, api }: Part) {
  const [delivery, setDelivery] = useState(project.delivery);
  const [note, setNote] = useState(project.deliveryNote);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api.put(`admin/projects/${project.id}/delivery`, { delivery, deliveryNote: note }));
  };
  return (
    <form className="civ-budget-panel" onSubmit={submit} noValidate aria-labelledby="budget-delivery">
      <h2 id="budget-delivery">{t.deliveryLabel}</h2>
      <fieldset className="civ-budget-fieldset">
        <legend>{t.deliveryLabel}</legend>
        {DELIVERY.map((d) => (
          <div key={d} className="civ-budget-radio">
            <input id={`budget-delivery-${d}`} type="radio" name="delivery" checked={delivery === d} onChange={() => setDelivery(d)} />
            <label htmlFor={`budget-delivery-${d}`}>{t.delivery[d]}</label>
          </div>
        ))}
      </fieldset>
      <TextField id="budget-delivery-note" label={t.deliveryNoteLabel} value={note} onChange={setNote} errorPrefix={t.errorPrefix} multiline />
      <button type="submit" className="civ-budget-button">
        {t.saveDelivery}
      </button>
    </form>
  );
}
