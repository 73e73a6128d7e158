import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { type ReactNode, useId, useState } from 'react';
import type { CampaignDetailJson, CampaignJson, Phase, ProjectsJson, VoterJson } from '../budget-api-types.ts';
import { formatDateTime, formatMoney } from './format.ts';
import type { BudgetMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { PORTAL_BASE } from './paths.ts';
import { PhaseTag } from './phase-tag.tsx';
import { ProjectCard } from './project-card.tsx';
import { useResource } from './use-resource.ts';

const STARTS: [Exclude<Phase, 'draft'>, keyof CampaignJson][] = [
  ['ideation', 'ideationAt'],
  ['review', 'reviewAt'],
  ['voting', 'votingAt'],
  ['results', 'resultsAt'],
  ['follow_up', 'followUpAt'],
];

type Props = ModuleWebProps & { t: BudgetMessages; campaignId: string };

/** A campaign: where it stands, how the vote works, what the resident may do now, and its projects. */
export function CampaignView({ api, locale, navigate, t, campaignId }: Props) {
  const ids = useId();
  const [detail] = useResource(() => api.get<CampaignDetailJson>(`campaigns/${campaignId}`), campaignId);
  const [projects] = useResource(() => api.get<ProjectsJson>(`campaigns/${campaignId}/projects`), campaignId);
  const [areaFilter, setAreaFilter] = useState('');

  if (detail.state === 'loading') return <p role="status">{t.loading}</p>;
  if (detail.state === 'failed') {
    return (
      <>
        <h1>{t.title}</h1>
        <p className="civ-budget-error">{t.loadFailed}</p>
        <BackToList navigate={navigate} t={t} />
      </>
    );
  }
  const { campaign, timeZone, voter } = detail.data;
  const money = (n: number) => formatMoney(n, campaign.currency, locale);
  const areaName = new Map(campaign.areas.map((a) => [a.id, a.name]));
  const shown = projects.state === 'ready' ? projects.data.projects.filter((p) => !areaFilter || p.areaId === areaFilter) : [];

  return (
    <>
      <BackToList navigate={navigate} t={t} />
      <h1>{campaign.title}</h1>
      <p>
        <PhaseTag phase={campaign.phase} t={t} />
      </p>
      {campaign.description && <p className="civ-budget-text">{campaign.description}</p>}

      <PhaseActions campaign={campaign} voter={voter} navigate={navigate} t={t} />

      <section aria-labelledby={`${ids}-calendar`}>
        <h2 id={`${ids}-calendar`}>{t.timeline}</h2>
        <ol className="civ-budget-timeline">
          {STARTS.map(([phase, field]) => (
            <li key={phase} aria-current={campaign.phase === phase ? 'step' : undefined}>
              {t.phaseFrom(t.phase[phase], formatDateTime(campaign[field] as string, locale, timeZone))} {campaign.phase === phase && <strong>{t.current}</strong>}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby={`${ids}-rules`}>
        <h2 id={`${ids}-rules`}>{t.rules}</h2>
        <ul>
          <li>{t.method[campaign.votingMethod](campaign.votingMethod === 'approval' ? campaign.maxPicks : campaign.thresholdPercent)}</li>
          <li>{t.areaRule[campaign.areaRule]}</li>
          {campaign.minimumAge > 0 && <li>{t.minimumAge(campaign.minimumAge)}</li>}
          <li>{t.final}</li>
        </ul>
      </section>

      {campaign.phase === 'voting' && <VoteSection campaign={campaign} voter={voter} locale={locale} timeZone={timeZone} navigate={navigate} t={t} />}

      <section aria-labelledby={`${ids}-areas`}>
        <h2 id={`${ids}-areas`}>{t.areas}</h2>
        <ul>
          {campaign.areas.map((a) => (
            <li key={a.id}>{t.areaBudget(a.name, money(a.budget))}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${ids}-projects`}>
        <h2 id={`${ids}-projects`}>{t.projects}</h2>
        {campaign.areas.length > 1 && (
          <div className="civ-budget-field">
            <label htmlFor={`${ids}-filter`}>{t.filterArea}</label>
            <select id={`${ids}-filter`} className="civ-budget-input" value={areaFilter} onChange={(e) => setAreaFilter(e.target.value)}>
              <option value="">{t.allAreas}</option>
              {campaign.areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {projects.state === 'loading' && <p role="status">{t.loading}</p>}
        {projects.state === 'failed' && <p className="civ-budget-error">{t.loadFailed}</p>}
        {projects.state === 'ready' &&
          (shown.length === 0 ? (
            <p>{t.noProjects}</p>
          ) : (
            <ul className="civ-budget-cards">
              {shown.map((p) => (
                <ProjectCard key={p.id} project={p} areaName={areaName.get(p.areaId) ?? ''} money={money} navigate={navigate} t={t} ballotTag={campaign.phase === 'review' || campaign.phase === 'ideation'} />
              ))}
            </ul>
          ))}
      </section>
    </>
  );
}

function BackToList({ navigate, t }: { navigate: (p: string) => void; t: BudgetMessages }) {
  return (
    <p className="civ-budget-back">
      <ModuleLink base={PORTAL_BASE} to="" navigate={navigate}>
        {t.backToCampaigns}
      </ModuleLink>
    </p>
  );
}

function PhaseActions({ campaign, voter, navigate, t }: { campaign: CampaignJson; voter: VoterJson | null; navigate: (p: string) => void; t: BudgetMessages }) {
  if (campaign.phase === 'ideation') {
    return (
      <p>
        {voter ? (
          <ModuleLink base={PORTAL_BASE} to={`campaigns/${campaign.id}/propose`} navigate={navigate} className="civ-budget-button">
            {t.propose}
          </ModuleLink>
        ) : (
          <a href="/sign-in" className="civ-budget-button">
            {t.signInToPropose}
          </a>
        )}
      </p>
    );
  }
  if (campaign.phase === 'results' || campaign.phase === 'follow_up') {
    return (
      <p>
        <ModuleLink base={PORTAL_BASE} to={`campaigns/${campaign.id}/results`} navigate={navigate} className="civ-budget-button">
          {t.seeResults}
        </ModuleLink>
      </p>
    );
  }
  return null;
}

/** Per area: vote, voted, or why not (the same rule the server applies). */
function VoteSection({ campaign, voter, locale, timeZone, navigate, t }: { campaign: CampaignJson; voter: VoterJson | null; locale: string; timeZone: string; navigate: (p: string) => void; t: BudgetMessages }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t.yourVote}</h2>
      {!voter ? (
        <p>
          <a href="/sign-in" className="civ-budget-button">
            {t.signInToVote}
          </a>
        </p>
      ) : (
        <VoteList campaign={campaign} voter={voter} locale={locale} timeZone={timeZone} navigate={navigate} t={t} />
      )}
    </section>
  );
}

function VoteList({ campaign, voter, locale, timeZone, navigate, t }: { campaign: CampaignJson; voter: VoterJson; locale: string; timeZone: string; navigate: (p: string) => void; t: BudgetMessages }) {
  const items: { key: string; node: ReactNode }[] = [];
  const refusals = new Map<string, string>();
  for (const area of campaign.areas) {
    const ballot = voter.ballots.find((b) => b.areaId === area.id);
    const access = voter.access[area.id];
    if (ballot) items.push({ key: area.id, node: t.votedOn(area.name, formatDateTime(ballot.submittedAt, locale, timeZone)) });
    else if (access && 'ok' in access) {
      items.push({
        key: area.id,
        node: (
          <ModuleLink base={PORTAL_BASE} to={`campaigns/${campaign.id}/vote/${area.id}`} navigate={navigate} className="civ-budget-button">
            {t.voteIn(area.name)}
          </ModuleLink>
        ),
      });
    } else if (access && 'code' in access) {
      // Said once, not once per district: "add your district to your profile".
      refusals.set(access.code, t.access[access.code]?.(campaign.minimumAge, voter.district ?? '') ?? access.message);
    }
  }
  return (
    <ul className="civ-budget-vote-list">
      {items.map((i) => (
        <li key={i.key}>{i.node}</li>
      ))}
      {[...refusals].map(([code, text]) => (
        <li key={code}>
          {text} {code !== 'already_voted' && code !== 'not_your_district' && <a href="/account">{t.profileLink}</a>}
        </li>
      ))}
    </ul>
  );
}
