import type { ModuleWebProps } from '@civitas/module-sdk/web';
import type { CampaignsJson } from '../budget-api-types.ts';
import { formatMoney } from './format.ts';
import type { BudgetMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { PORTAL_BASE } from './paths.ts';
import { PhaseTag } from './phase-tag.tsx';
import { useResource } from './use-resource.ts';

/** Every campaign residents can see, newest first. */
export function CampaignList({ api, locale, navigate, t }: ModuleWebProps & { t: BudgetMessages }) {
  const [list] = useResource(() => api.get<CampaignsJson>('campaigns'), 'campaigns');
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.campaignsIntro}</p>
      {list.state === 'loading' && <p role="status">{t.loading}</p>}
      {list.state === 'failed' && <p className="civ-budget-error">{t.loadFailed}</p>}
      {list.state === 'ready' &&
        (list.data.campaigns.length === 0 ? (
          <p>{t.noCampaigns}</p>
        ) : (
          <ul className="civ-budget-cards">
            {list.data.campaigns.map((c) => (
              <li key={c.id} className="civ-budget-card">
                <h2>
                  <ModuleLink base={PORTAL_BASE} to={`campaigns/${c.id}`} navigate={navigate}>
                    {c.title}
                  </ModuleLink>
                </h2>
                <p>
                  <PhaseTag phase={c.phase} t={t} />
                </p>
                {c.description && <p className="civ-budget-text">{c.description}</p>}
                <p>{t.budgetOf(formatMoney(c.areas.reduce((s, a) => s + a.budget, 0), c.currency, locale))}</p>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
