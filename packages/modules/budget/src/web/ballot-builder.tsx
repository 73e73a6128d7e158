import type { ModuleWebProps } from '@civitas/module-sdk/web';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { BallotJson, CampaignDetailJson, CampaignJson, ProjectJson, ProjectsJson } from '../budget-api-types.ts';
import { checkBallot, type RuleCode } from '../voting-rules.ts';
import { BallotSummary } from './ballot-summary.tsx';
import { formatMoney } from './format.ts';
import type { BudgetMessages } from './messages.ts';
import { ModuleLink } from './module-link.tsx';
import { PORTAL_BASE } from './paths.ts';
import { readApiError } from './read-api-error.ts';
import { useResource } from './use-resource.ts';
import { useStoredPicks } from './use-stored-picks.ts';

type Props = ModuleWebProps & { t: BudgetMessages; campaignId: string; areaId: string };

/** A ballot for one area: build it (the summary tells the remaining budget or picks as it changes), review it, submit it. */
export function BallotBuilder({ api, locale, navigate, t, campaignId, areaId }: Props) {
  const [loaded] = useResource(async () => {
    const [detail, list] = await Promise.all([api.get<CampaignDetailJson>(`campaigns/${campaignId}`), api.get<ProjectsJson>(`campaigns/${campaignId}/projects`)]);
    return { detail, projects: list.projects.filter((p) => p.areaId === areaId && p.status === 'published' && p.eligible) };
  }, `${campaignId}/${areaId}`);
  const [picks, setPicks, clearPicks] = useStoredPicks(`civ-budget:${campaignId}:${areaId}`);
  const [stage, setStage] = useState<'build' | 'review' | 'done'>('build');
  const [problem, setProblem] = useState('');
  const [sending, setSending] = useState(false);
  const [ballot, setBallot] = useState<BallotJson | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  const [moved, setMoved] = useState(0);
  useEffect(() => {
    if (moved > 0) heading.current?.focus();
  }, [moved]);
  useEffect(() => {
    if (problem) alert.current?.focus();
  }, [problem]);
  const ids = useId();

  if (loaded.state === 'loading') return <p role="status">{t.loading}</p>;
  if (loaded.state === 'failed') return <p className="civ-budget-error">{readApiError(loaded.error).status === 404 ? t.notFound : t.loadFailed}</p>;
  const { detail, projects } = loaded.data;
  const { campaign, voter } = detail;
  const area = campaign.areas.find((a) => a.id === areaId);
  const back = (
    <p className="civ-budget-back">
      <ModuleLink base={PORTAL_BASE} to={`campaigns/${campaign.id}`} navigate={navigate}>
        {t.backToCampaign(campaign.title)}
      </ModuleLink>
    </p>
  );
  if (!area) {
    return (
      <>
        <h1>{t.title}</h1>
        <p>{t.notFound}</p>
        {back}
      </>
    );
  }
  const money = (n: number) => formatMoney(n, campaign.currency, locale);
  const chosen = projects.filter((p) => picks.includes(p.id));
  const costs = chosen.map((p) => p.cost);
  const ruleText = (code: string) => ruleMessage(t, campaign, code);
  const go = (next: typeof stage) => {
    setStage(next);
    setProblem('');
    setMoved((n) => n + 1);
  };

  if (stage === 'done' && ballot) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t.ballotDone}
        </h1>
        <p>{t.ballotDoneText}</p>
        <ChosenList projects={chosen} money={money} t={t} />
        {back}
      </>
    );
  }

  const access = voter?.access[area.id];
  const blocked = campaign.phase !== 'voting' ? t.phaseNow(t.phase[campaign.phase]) : !voter ? null : access && 'code' in access ? t.access[access.code]?.(campaign.minimumAge, voter.district ?? '') : null;
  const alreadyVoted = voter?.ballots.some((b) => b.areaId === area.id);
  if (!voter || blocked || alreadyVoted) {
    return (
      <>
        {back}
        <h1>{t.ballotTitle(area.name)}</h1>
        {!voter ? (
          <p>
            <a href="/sign-in" className="civ-budget-button">
              {t.signInToVote}
            </a>
          </p>
        ) : (
          <p>{alreadyVoted ? t.alreadyVoted : blocked}</p>
        )}
      </>
    );
  }

  const problemBox = problem && (
    <div ref={alert} className="civ-budget-error-summary" role="alert" tabIndex={-1}>
      <h2>{t.errorTitle}</h2>
      <p>{problem}</p>
    </div>
  );

  if (stage === 'review') {
    const submit = async () => {
      setSending(true);
      try {
        const res = await api.post<{ ballot: BallotJson }>(`campaigns/${campaign.id}/ballots`, { areaId: area.id, projectIds: chosen.map((p) => p.id) });
        setBallot(res.ballot);
        clearPicks();
        go('done');
      } catch (error) {
        // A broken rule in the reader's words; anything else (voting closed, already voted) as the server says it.
        setProblem(ruleText((error as { code?: string }).code ?? '') || readApiError(error).message);
      } finally {
        setSending(false);
      }
    };
    return (
      <>
        {back}
        <h1 ref={heading} tabIndex={-1}>
          {t.reviewTitle}
        </h1>
        {problemBox}
        <p>
          <strong>{t.reviewIntro}</strong>
        </p>
        <ChosenList projects={chosen} money={money} t={t} />
        <div className="civ-budget-actions">
          <button type="button" className="civ-budget-button" onClick={submit} disabled={sending}>
            {sending ? t.submitting : t.confirmSubmit}
          </button>
          <button type="button" className="civ-budget-button civ-budget-button--secondary" onClick={() => go('build')}>
            {t.backToBallot}
          </button>
        </div>
      </>
    );
  }

  const review = (event: FormEvent) => {
    event.preventDefault();
    const broken = checkBallot(campaign, area.budget, costs);
    if (broken) setProblem(ruleText(broken.code));
    else go('review');
  };

  return (
    <form onSubmit={review} noValidate className="civ-budget-ballot">
      {back}
      <h1 ref={heading} tabIndex={-1}>
        {t.ballotTitle(area.name)}
      </h1>
      <p>
        {t.ballotIntro} {t.method[campaign.votingMethod](campaign.votingMethod === 'approval' ? campaign.maxPicks : campaign.thresholdPercent)}
      </p>
      {problemBox}
      <BallotSummary campaign={campaign} budget={area.budget} costs={costs} money={money} t={t} />
      <fieldset className="civ-budget-fieldset">
        <legend>{t.ballotProjects(area.name)}</legend>
        {projects.length === 0 && <p>{t.noProjects}</p>}
        {projects.map((p) => {
          const checked = picks.includes(p.id);
          const fits = checked || campaign.votingMethod === 'approval' || p.cost <= area.budget - costs.reduce((s, c) => s + c, 0);
          const id = `${ids}-${p.id}`;
          return (
            <div key={p.id} className={checked ? 'civ-budget-choice civ-budget-choice--on' : 'civ-budget-choice'}>
              <input
                id={id}
                type="checkbox"
                checked={checked}
                aria-describedby={`${id}-desc${fits ? '' : ` ${id}-fit`}`}
                onChange={() => setPicks(checked ? picks.filter((x) => x !== p.id) : [...picks, p.id])}
              />
              <label htmlFor={id}>
                <span className="civ-budget-choice__title">{p.title}</span>
                <span className="civ-budget-choice__cost"> — {money(p.cost)}</span>
              </label>
              <p id={`${id}-desc`} className="civ-budget-choice__text">
                {p.description}
              </p>
              {!fits && (
                <p id={`${id}-fit`} className="civ-budget-hint">
                  {t.doesNotFit}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <div className="civ-budget-actions">
        <button type="submit" className="civ-budget-button">
          {t.reviewBallot}
        </button>
      </div>
    </form>
  );
}

function ChosenList({ projects, money, t }: { projects: ProjectJson[]; money: (n: number) => string; t: BudgetMessages }) {
  return (
    <>
      <ul>
        {projects.map((p) => (
          <li key={p.id}>
            {p.title}: {money(p.cost)}
          </li>
        ))}
      </ul>
      <p>
        <strong>{t.total(money(projects.reduce((s, p) => s + p.cost, 0)))}</strong>
      </p>
    </>
  );
}

/** The rule a ballot breaks, in the reader's language; empty for a code that is not a voting rule. */
export function ruleMessage(t: BudgetMessages, campaign: CampaignJson, code: string): string {
  const rule = t.rule as Record<RuleCode, string | ((n: number) => string)>;
  const text = rule[code as RuleCode];
  if (text === undefined) return t.access[code]?.(campaign.minimumAge, '') ?? '';
  return typeof text === 'function' ? text(code === 'approval_too_many' ? campaign.maxPicks : campaign.thresholdPercent) : text;
}
