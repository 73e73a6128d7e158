import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { useId } from 'react';
import type { CampaignDetailJson, ResultsJson } from '../budget-api-types.ts';
import { formatMoney } from './format.ts';
import type { BudgetMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { PORTAL_BASE } from './paths.ts';
import { readApiError } from './read-api-error.ts';
import { useResource } from './use-resource.ts';

type Props = ModuleWebProps & { t: BudgetMessages; campaignId: string };

/** Per area: each project's votes (a bar and the number), cost, whether it is funded, and how its delivery goes. */
export function ResultsView({ api, locale, navigate, t, campaignId }: Props) {
  const ids = useId();
  const [loaded] = useResource(async () => {
    const [detail, results] = await Promise.all([api.get<CampaignDetailJson>(`campaigns/${campaignId}`), api.get<ResultsJson>(`campaigns/${campaignId}/results`)]);
    return { detail, results };
  }, campaignId);
  if (loaded.state === 'loading') return <p role="status">{t.loading}</p>;
  if (loaded.state === 'failed') return <p className="civ-budget-error">{readApiError(loaded.error).status === 404 ? t.notFound : t.loadFailed}</p>;
  const { detail, results } = loaded.data;
  const money = (n: number) => formatMoney(n, results.currency, locale);
  return (
    <>
      <p className="civ-budget-back">
        <ModuleLink base={PORTAL_BASE} to={`campaigns/${campaignId}`} navigate={navigate}>
          {t.backToCampaign(detail.campaign.title)}
        </ModuleLink>
      </p>
      <h1>{t.resultsTitle(detail.campaign.title)}</h1>
      <p>{t.resultsRule}</p>
      {results.areas.map((area, i) => {
        const most = Math.max(1, ...area.projects.map((p) => p.votes));
        return (
          <section key={area.areaId} aria-labelledby={`${ids}-${i}`}>
            <h2 id={`${ids}-${i}`}>{area.name}</h2>
            <p>{t.resultsArea(money(area.budget), money(area.spent), area.ballots)}</p>
            {area.projects.length === 0 ? (
              <p>{t.noProjects}</p>
            ) : (
              <div className="civ-budget-table-wrap">
                <table className="civ-budget-table">
                  <caption>{t.resultsCaption(area.name)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.rank}</th>
                      <th scope="col">{t.project}</th>
                      <th scope="col">{t.votes}</th>
                      <th scope="col">{t.cost}</th>
                      <th scope="col">{t.outcome}</th>
                      <th scope="col">{t.deliveryLabel}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {area.projects.map((p) => (
                      <tr key={p.id} className={p.funded ? 'civ-budget-row--funded' : undefined}>
                        <td>{p.rank}</td>
                        <th scope="row">
                          <ModuleLink base={PORTAL_BASE} to={`projects/${p.id}`} navigate={navigate}>
                            {p.title}
                          </ModuleLink>
                        </th>
                        <td>
                          <span className="civ-budget-votes">
                            <span className="civ-budget-bar" aria-hidden="true">
                              <span className="civ-budget-bar__fill" style={{ width: `${Math.round((p.votes / most) * 100)}%` }} />
                            </span>
                            {p.votes.toLocaleString(locale)}
                          </span>
                        </td>
                        <td>{money(p.cost)}</td>
                        <td>{p.funded ? <strong>{t.funded}</strong> : t.notFunded}</td>
                        <td>{p.funded ? t.delivery[p.delivery] : ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
