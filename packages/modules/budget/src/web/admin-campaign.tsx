import { useId, useState } from 'react';
import type { CampaignJson, CampaignsJson, ProjectsJson } from '../budget-api-types.ts';
import { PHASES, type Phase } from '../phases.ts';
import type { AdminProps } from './budget-admin.tsx';
import { LiveDashboard } from './live-dashboard.tsx';
import { MergeForm } from './merge-form.tsx';
import { formatMoney } from './format.ts';
import type { BudgetMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { ADMIN_BASE, API_BASE, PORTAL_BASE } from './paths.ts';
import { PhaseTag } from './phase-tag.tsx';
import { readApiError } from './read-api-error.ts';
import { useResource } from './use-resource.ts';

type Props = AdminProps & { t: BudgetMessages; can: { configure: boolean }; campaignId: string };

/** One campaign for staff: its phase, the live vote, the exports, and every proposal and project. */
export function AdminCampaign({ api, locale, navigate, t, can, campaignId }: Props) {
  const ids = useId();
  const [campaigns, reloadCampaigns] = useResource(() => api.get<CampaignsJson>('admin/campaigns'), `c-${campaignId}`);
  const [projects, reloadProjects] = useResource(() => api.get<ProjectsJson>(`admin/campaigns/${campaignId}/projects`), `p-${campaignId}`);
  const [flash, setFlash] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [merging, setMerging] = useState(false);

  if (campaigns.state === 'loading') return <p role="status">{t.loading}</p>;
  if (campaigns.state === 'failed') return <p className="civ-budget-error">{t.loadFailed}</p>;
  const campaign = campaigns.data.campaigns.find((c) => c.id === campaignId);
  if (!campaign) return <p>{t.notFound}</p>;
  const money = (n: number) => formatMoney(n, campaign.currency, locale);
  const areaName = new Map(campaign.areas.map((a) => [a.id, a.name]));
  const beforeVoting = ['draft', 'ideation', 'review'].includes(campaign.phase);
  const resultsOut = campaign.phase === 'results' || campaign.phase === 'follow_up';

  return (
    <>
      <p className="civ-budget-back">
        <ModuleLink base={ADMIN_BASE} to="" navigate={navigate}>
          {t.backToCampaigns}
        </ModuleLink>
      </p>
      <h1>{campaign.title}</h1>
      <p>
        <PhaseTag phase={campaign.phase} t={t} />{' '}
        <a href={`${PORTAL_BASE}campaigns/${campaign.id}`}>{t.open}</a>
        {can.configure && (
          <>
            {' · '}
            <ModuleLink base={ADMIN_BASE} to={`campaigns/${campaign.id}/edit`} navigate={navigate}>
              {t.editCampaign}
            </ModuleLink>
          </>
        )}
      </p>
      <div role="status" className="civ-budget-flash">
        {flash && <p>{flash}</p>}
      </div>
      {can.configure && <PhaseControl api={api} campaign={campaign} t={t} onMoved={(p) => { setFlash(t.moved(t.phase[p])); reloadCampaigns(); reloadProjects(); }} onError={setFlash} />}

      <LiveDashboard api={api} campaignId={campaign.id} locale={locale} t={t} />

      <section aria-labelledby={`${ids}-exports`}>
        <h2 id={`${ids}-exports`}>{t.exports}</h2>
        <ul>
          <li>
            <a href={`${API_BASE}admin/campaigns/${campaign.id}/ballots.csv`} download>
              {t.exportBallots}
            </a>
          </li>
          {resultsOut && (
            <li>
              <a href={`${API_BASE}admin/campaigns/${campaign.id}/results.csv`} download>
                {t.exportResults}
              </a>
            </li>
          )}
        </ul>
      </section>

      <section aria-labelledby={`${ids}-projects`}>
        <h2 id={`${ids}-projects`}>{t.proposals}</h2>
        {projects.state === 'loading' && <p role="status">{t.loading}</p>}
        {projects.state === 'failed' && <p className="civ-budget-error">{t.loadFailed}</p>}
        {projects.state === 'ready' && (projects.data.projects.length === 0 ? <p>{t.noProjects}</p> : (
          <>
            <div className="civ-budget-table-wrap">
              <table className="civ-budget-table">
                <caption>{t.proposals}</caption>
                <thead>
                  <tr>
                    {beforeVoting && <th scope="col"><span className="civ-budget-visually-hidden">{t.mergeSelected}</span></th>}
                    <th scope="col">{t.project}</th>
                    <th scope="col">{t.area}</th>
                    <th scope="col">{t.statusLabel}</th>
                    <th scope="col">{t.feasibilityLabel}</th>
                    <th scope="col">{t.cost}</th>
                    <th scope="col">{t.onBallot}</th>
                  </tr>
                </thead>
                <tbody>
                  {projects.data.projects.map((p) => {
                    const mergeable = p.status === 'pending' || p.status === 'published';
                    const checkbox = `${ids}-select-${p.id}`;
                    return (
                      <tr key={p.id}>
                        {beforeVoting && (
                          <td>
                            {mergeable && (
                              <>
                                <input id={checkbox} type="checkbox" checked={selected.includes(p.id)} onChange={(e) => setSelected(e.target.checked ? [...selected, p.id] : selected.filter((x) => x !== p.id))} />
                                <label htmlFor={checkbox} className="civ-budget-visually-hidden">
                                  {t.select(p.title)}
                                </label>
                              </>
                            )}
                          </td>
                        )}
                        <th scope="row">
                          <ModuleLink base={ADMIN_BASE} to={`projects/${p.id}`} navigate={navigate}>
                            {p.title}
                          </ModuleLink>
                        </th>
                        <td>{areaName.get(p.areaId)}</td>
                        <td>{t.status[p.status]}</td>
                        <td>{t.feasibility[p.feasibility]}</td>
                        <td>{money(p.cost)}</td>
                        <td>{p.eligible ? t.onBallot : '—'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {beforeVoting && !merging && (
              <p>
                <button type="button" className="civ-budget-button civ-budget-button--secondary" onClick={() => (selected.length < 2 ? setFlash(t.selectTwo) : setMerging(true))}>
                  {t.mergeSelected}
                </button>
              </p>
            )}
            {merging && (
              <MergeForm
                api={api}
                campaign={campaign}
                projectIds={selected}
                t={t}
                onDone={() => {
                  setMerging(false);
                  setSelected([]);
                  setFlash(t.merged);
                  reloadProjects();
                }}
                onCancel={() => setMerging(false)}
              />
            )}
          </>
        ))}
      </section>
    </>
  );
}

function PhaseControl({ api, campaign, t, onMoved, onError }: { api: AdminProps['api']; campaign: CampaignJson; t: BudgetMessages; onMoved: (p: Phase) => void; onError: (m: string) => void }) {
  const id = useId();
  const [target, setTarget] = useState<Phase>(PHASES[Math.min(PHASES.indexOf(campaign.phase) + 1, PHASES.length - 1)]!);
  const move = async () => {
    if (!window.confirm(t.confirmMove(t.phase[target]))) return;
    try {
      await api.post(`admin/campaigns/${campaign.id}/phase`, { phase: target });
      onMoved(target);
    } catch (error) {
      onError(readApiError(error).message);
    }
  };
  return (
    <div className="civ-budget-inline-form">
      <label htmlFor={id}>{t.movePhase}</label>
      <select id={id} className="civ-budget-input civ-budget-input--auto" value={target} onChange={(e) => setTarget(e.target.value as Phase)}>
        {PHASES.filter((p) => p !== campaign.phase).map((p) => (
          <option key={p} value={p}>
            {t.phase[p]}
          </option>
        ))}
      </select>
      <button type="button" className="civ-budget-button" onClick={move}>
        {t.movePhaseButton}
      </button>
    </div>
  );
}
