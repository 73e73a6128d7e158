import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { useState } from 'react';
import type { CampaignDetailJson, ProjectJson } from '../budget-api-types.ts';
import { formatMoney } from './format.ts';
import type { BudgetMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { API_BASE, PORTAL_BASE } from './paths.ts';
import { ProjectFacts } from './project-facts.tsx';
import { readApiError } from './read-api-error.ts';
import { useResource } from './use-resource.ts';

type Props = ModuleWebProps & { t: BudgetMessages; projectId: string };

/** A project's page: what it is, where, what it costs, where it stands, and following it. */
export function ProjectView({ api, locale, navigate, t, projectId }: Props) {
  const [loaded, reload] = useResource(async () => {
    const { project } = await api.get<{ project: ProjectJson }>(`projects/${projectId}`);
    const detail = await api.get<CampaignDetailJson>(`campaigns/${project.campaignId}`);
    return { project, detail };
  }, projectId);
  const [flash, setFlash] = useState('');
  const [busy, setBusy] = useState(false);

  if (loaded.state === 'loading') return <p role="status">{t.loading}</p>;
  if (loaded.state === 'failed') {
    return (
      <>
        <h1>{t.title}</h1>
        <p className="civ-budget-error">{readApiError(loaded.error).status === 404 ? t.notFound : t.loadFailed}</p>
      </>
    );
  }
  const { project, detail } = loaded.data;
  const { campaign } = detail;
  const money = (n: number) => formatMoney(n, campaign.currency, locale);

  const toggleFollow = async () => {
    setBusy(true);
    try {
      if (project.following) await api.del(`projects/${project.id}/follow`);
      else await api.post(`projects/${project.id}/follow`);
      setFlash(project.following ? t.unfollowedNow : t.followedNow);
      reload();
    } catch (error) {
      setFlash(readApiError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="civ-budget-back">
        <ModuleLink base={PORTAL_BASE} to={`campaigns/${campaign.id}`} navigate={navigate}>
          {t.backToCampaign(campaign.title)}
        </ModuleLink>
      </p>
      <h1>{project.title}</h1>
      {project.hasImage && <img className="civ-budget-image" src={`${API_BASE}projects/${project.id}/image`} alt={t.pictureOf(project.title)} />}
      <p className="civ-budget-text">{project.description}</p>
      <ProjectFacts project={project} campaign={campaign} money={money} t={t} />
      {project.mergedIntoId && (
        <p>
          {t.mergedInto}:{' '}
          <ModuleLink base={PORTAL_BASE} to={`projects/${project.mergedIntoId}`} navigate={navigate}>
            {project.mergedIntoTitle ?? t.project}
          </ModuleLink>
        </p>
      )}
      {project.mergedFrom.length > 0 && (
        <>
          <h2>{t.mergedFrom}</h2>
          <ul>
            {project.mergedFrom.map((m) => (
              <li key={m.id}>
                <ModuleLink base={PORTAL_BASE} to={`projects/${m.id}`} navigate={navigate}>
                  {m.title}
                </ModuleLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t.follow}</h2>
      <p>
        {t.followHint} {t.followers(project.followers)}
      </p>
      {detail.voter ? (
        <button type="button" className="civ-budget-button" aria-pressed={project.following} onClick={toggleFollow} disabled={busy}>
          {t.follow}
        </button>
      ) : (
        <p>
          <a href="/sign-in">{t.signInToFollow}</a>
        </p>
      )}
      <div role="status" className="civ-budget-flash">
        {flash && <p>{flash}</p>}
      </div>
    </>
  );
}
