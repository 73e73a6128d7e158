import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { BallotBuilder } from './ballot-builder.tsx';
import { CampaignList } from './campaign-list.tsx';
import { CampaignView } from './campaign-view.tsx';
import { messagesFor } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { PORTAL_BASE } from './paths.ts';
import { ProjectView } from './project-view.tsx';
import { ProposalForm } from './proposal-form.tsx';
import { ResultsView } from './results-view.tsx';

const ID = '([0-9a-f-]{36})';
const routes = {
  campaign: new RegExp(`^campaigns/${ID}$`, 'i'),
  propose: new RegExp(`^campaigns/${ID}/propose$`, 'i'),
  vote: new RegExp(`^campaigns/${ID}/vote/${ID}$`, 'i'),
  results: new RegExp(`^campaigns/${ID}/results$`, 'i'),
  project: new RegExp(`^projects/${ID}$`, 'i'),
};

/** The residents' pages at /m/budget/: campaigns, a campaign, proposing, voting, results, a project. */
export function BudgetPage(props: ModuleWebProps) {
  const path = props.subPath.replace(/^\/+|\/+$/g, '');
  const t = messagesFor(props.locale);
  const match = (r: RegExp) => r.exec(path);
  let m: RegExpExecArray | null;
  let page;
  if (path === '') page = <CampaignList {...props} t={t} />;
  else if ((m = match(routes.campaign))) page = <CampaignView key={m[1]} {...props} t={t} campaignId={m[1]!} />;
  else if ((m = match(routes.propose))) page = <ProposalForm key={m[1]} {...props} t={t} campaignId={m[1]!} />;
  else if ((m = match(routes.vote))) page = <BallotBuilder key={`${m[1]}/${m[2]}`} {...props} t={t} campaignId={m[1]!} areaId={m[2]!} />;
  else if ((m = match(routes.results))) page = <ResultsView key={m[1]} {...props} t={t} campaignId={m[1]!} />;
  else if ((m = match(routes.project))) page = <ProjectView key={m[1]} {...props} t={t} projectId={m[1]!} />;
  else {
    page = (
      <>
        <h1>{t.title}</h1>
        <p>{t.notFound}</p>
        <p>
          <ModuleLink base={PORTAL_BASE} to="" navigate={props.navigate}>
            {t.backToCampaigns}
          </ModuleLink>
        </p>
      </>
    );
  }
  return <div className="civ-budget">{page}</div>;
}
