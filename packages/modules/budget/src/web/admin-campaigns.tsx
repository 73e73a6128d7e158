import type { CampaignsJson } from '../budget-api-types.ts';
import type { AdminProps } from './budget-admin.tsx';
import { formatDateTime } from './format.ts';
import type { BudgetMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { ADMIN_BASE } from './paths.ts';
import { PhaseTag } from './phase-tag.tsx';
import { useResource } from './use-resource.ts';

/** Every campaign of the city, drafts included. */
export function AdminCampaigns({ api, locale, navigate, t, can }: AdminProps & { t: BudgetMessages; can: { configure: boolean } }) {
  const [list] = useResource(() => api.get<CampaignsJson>('admin/campaigns'), 'admin-campaigns');
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.adminIntro}</p>
      {can.configure && (
        <p>
          <ModuleLink base={ADMIN_BASE} to="campaigns/new" navigate={navigate} className="civ-budget-button">
            {t.newCampaign}
          </ModuleLink>
        </p>
      )}
      {list.state === 'loading' && <p role="status">{t.loading}</p>}
      {list.state === 'failed' && <p className="civ-budget-error">{t.loadFailed}</p>}
      {list.state === 'ready' &&
        (list.data.campaigns.length === 0 ? (
          <p>{t.noCampaigns}</p>
        ) : (
          <div className="civ-budget-table-wrap">
            <table className="civ-budget-table">
              <caption>{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.campaignTitle}</th>
                  <th scope="col">{t.phaseLabel}</th>
                  <th scope="col">{t.startOf.voting}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.campaigns.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <ModuleLink base={ADMIN_BASE} to={`campaigns/${c.id}`} navigate={navigate}>
                        {c.title}
                      </ModuleLink>
                    </th>
                    <td>
                      <PhaseTag phase={c.phase} t={t} />
                    </td>
                    <td>{formatDateTime(c.votingAt, locale, list.data.timeZone)}</td>
                    <td>
                      {can.configure && (
                        <ModuleLink base={ADMIN_BASE} to={`campaigns/${c.id}/edit`} navigate={navigate} aria-label={`${t.edit}: ${c.title}`}>
                          {t.edit}
                        </ModuleLink>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
