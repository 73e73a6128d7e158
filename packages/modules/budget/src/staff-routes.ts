import { HttpError, notFound, parseInput } from '@civitas/http';
import type { ModuleContext } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import type { Request, Response, Router } from 'express';
import { dropBallotFrame } from './ballot-frame.ts';
import { countBallotsByArea, countBallotsByDay, countVotes, pageOfBallots } from './ballots-repository.ts';
import type { AdminProjectJson, CampaignsJson, DashboardJson, ProjectsJson } from './budget-api-types.ts';
import type { BudgetSettings } from './budget-settings.ts';
import { bumpRevision, type CampaignRow, listCampaigns } from './campaigns-repository.ts';
import { csvLine } from './csv.ts';
import { toMoney } from './money.ts';
import { ballotFrozen, resultsOut } from './phases.ts';
import { mergeInput } from './proposal-input.ts';
import { findProject, listProjects, mergeProjects, type ProjectRow, updateProject } from './projects-repository.ts';
import { findResult, listResults } from './results-repository.ts';
import { loadCampaign, projectId, projectsJson } from './route-helpers.ts';
import { deliveryInput, moderationInput, reviewInput } from './staff-inputs.ts';
import { tellFollowers } from './tell-followers.ts';
import { auditedProject, toCampaignJson } from './to-json.ts';
import type { ProjectChange } from './mail-copy.ts';
import type { BudgetClient } from './budget-client.ts';

/**
 * Staff with budget.moderate: moderation, merging, review (feasibility, final cost, on the ballot),
 * delivery of the winners, the live dashboard and the CSV exports. Every change is audited with it.
 */
export function staffRoutes(router: Router, ctx: ModuleContext) {
  const moderate = ctx.requirePermission('budget.moderate');

  /** A project of the city and its campaign, for a change staff make. */
  const loadForChange = async (db: BudgetClient, param: unknown) => {
    const project = await findProject(db, projectId(param));
    if (!project) throw notFound('This project');
    const campaign = await loadCampaign(db, project.campaignId, { drafts: true });
    return { project, campaign };
  };
  const beforeVoting = (campaign: CampaignRow) => {
    if (ballotFrozen(campaign.phase)) throw new HttpError(409, 'frozen', 'Voting has opened: the projects on the ballot can no longer change.');
  };

  /** Applies a project change with its audit entry, then tells the followers if there is news. */
  async function change(req: Request, res: Response, action: string, apply: (tx: BudgetClient, p: ProjectRow, c: CampaignRow) => Promise<{ row: ProjectRow; news: ProjectChange | null }>) {
    const { row, news } = await ctx.db.$transaction(async (tx) => {
      const { project, campaign } = await loadForChange(tx, req.params.id);
      const outcome = await apply(tx, project, campaign);
      await ctx.audit(req, { action, targetType: 'budget_project', targetId: project.id, before: auditedProject(project), after: auditedProject(outcome.row) }, tx);
      return outcome;
    });
    dropBallotFrame(row.campaignId);
    if (news) await tellFollowers(ctx, req, row, news);
    const [json] = await projectsJson(ctx.db, [row], null);
    res.json({ project: json });
  }

  router.get('/admin/campaigns', moderate, async (req, res) => {
    const city = cityOf(req);
    const body: CampaignsJson = {
      campaigns: (await listCampaigns(ctx.db, { drafts: true })).map(toCampaignJson),
      timeZone: city.timeZone,
      districts: city.districts,
      defaults: ctx.settings<BudgetSettings>(req),
    };
    res.json(body);
  });

  router.get('/admin/projects/:id', moderate, async (req, res) => {
    const { project, campaign } = await loadForChange(ctx.db, req.params.id);
    const found = await findResult(ctx.db, project.id);
    const result = found && { votes: found.votes, funded: found.funded, rank: found.rank };
    const [json] = await projectsJson(ctx.db, [project], null);
    const body: AdminProjectJson = { project: json!, campaign: toCampaignJson(campaign), timeZone: cityOf(req).timeZone, result };
    res.json(body);
  });

  router.get('/admin/campaigns/:id/projects', moderate, async (req, res) => {
    const campaign = await loadCampaign(ctx.db, req.params.id, { drafts: true });
    const body: ProjectsJson = { projects: await projectsJson(ctx.db, await listProjects(ctx.db, campaign.id, { staff: true }), null) };
    res.json(body);
  });

  router.post('/admin/projects/:id/moderation', moderate, (req, res) =>
    change(req, res, 'budget.project_moderated', async (tx, project, campaign) => {
      const input = parseInput(moderationInput, req.body);
      beforeVoting(campaign);
      const allowed = input.decision === 'publish' ? ['pending', 'rejected'] : ['pending', 'published'];
      if (!allowed.includes(project.status)) throw new HttpError(409, 'not_moderatable', `A ${project.status} project cannot be ${input.decision === 'publish' ? 'published' : 'rejected'}.`);
      const status = input.decision === 'publish' ? 'published' : 'rejected';
      const row = await updateProject(tx, project.id, { status, moderationNote: input.note, ...(status === 'rejected' ? { eligible: false } : {}) });
      await bumpRevision(tx, campaign.id);
      return { row: row!, news: status };
    }),
  );

  router.put('/admin/projects/:id/review', moderate, (req, res) =>
    change(req, res, 'budget.project_reviewed', async (tx, project, campaign) => {
      const input = parseInput(reviewInput, req.body);
      beforeVoting(campaign);
      if (project.status !== 'published') throw new HttpError(409, 'not_published', 'Only a published project can be reviewed.');
      const row = await updateProject(tx, project.id, { ...input, finalCost: input.finalCost === null ? null : BigInt(input.finalCost) });
      await bumpRevision(tx, campaign.id);
      const news = input.eligible && !project.eligible ? 'on_ballot' : input.feasibility === 'unfeasible' && project.feasibility !== 'unfeasible' ? 'unfeasible' : null;
      return { row: row!, news };
    }),
  );

  router.put('/admin/projects/:id/delivery', moderate, (req, res) =>
    change(req, res, 'budget.project_delivery', async (tx, project, campaign) => {
      const input = parseInput(deliveryInput, req.body);
      if (!resultsOut(campaign.phase)) throw new HttpError(409, 'results_not_out', 'Delivery is tracked once the results are out.');
      const result = await findResult(tx, project.id);
      if (!result?.funded) throw new HttpError(409, 'not_funded', 'Only a funded project is delivered.');
      const row = await updateProject(tx, project.id, input);
      return { row: row!, news: input.delivery !== project.delivery ? (`delivery.${input.delivery}` as const) : null };
    }),
  );

  router.post('/admin/campaigns/:id/merge', moderate, async (req, res) => {
    const input = parseInput(mergeInput, req.body);
    const { merged, sources } = await ctx.db.$transaction(async (tx) => {
      const campaign = await loadCampaign(tx, req.params.id, { drafts: true });
      beforeVoting(campaign);
      if (!campaign.areas.some((a) => a.id === input.areaId)) throw new HttpError(400, 'invalid_input', 'The request body is not valid. areaId: Choose an area of this campaign', { areaId: 'Choose an area of this campaign' });
      const sources = await Promise.all(input.projectIds.map((id) => findProject(tx, id)));
      sources.forEach((s, i) => {
        if (!s || s.campaignId !== campaign.id) throw new HttpError(400, 'invalid_input', `The request body is not valid. projectIds.${i}: Not a proposal of this campaign`, { [`projectIds.${i}`]: 'Not a proposal of this campaign' });
        if (s.status !== 'pending' && s.status !== 'published') throw new HttpError(409, 'not_mergeable', `“${s.title}” is ${s.status} and cannot be merged.`);
      });
      const merged = await mergeProjects(tx, campaign.id, input);
      await bumpRevision(tx, campaign.id);
      await ctx.audit(req, { action: 'budget.projects_merged', targetType: 'budget_project', targetId: merged.id, before: { projectIds: input.projectIds }, after: auditedProject(merged) }, tx);
      return { merged, sources: (await Promise.all(input.projectIds.map((id) => findProject(tx, id)))) as ProjectRow[] };
    });
    dropBallotFrame(merged.campaignId);
    for (const s of sources) await tellFollowers(ctx, req, s, 'merged');
    const [json] = await projectsJson(ctx.db, [merged], null);
    res.status(201).json({ project: json });
  });

  router.get('/admin/campaigns/:id/dashboard', moderate, async (req, res) => {
    const campaign = await loadCampaign(ctx.db, req.params.id, { drafts: true });
    const [byArea, byDay, votes, projects] = await Promise.all([
      countBallotsByArea(ctx.db, campaign.id),
      countBallotsByDay(ctx.db, campaign.id, cityOf(req).timeZone),
      countVotes(ctx.db, campaign.id),
      listProjects(ctx.db, campaign.id, { staff: true }),
    ]);
    const body: DashboardJson = {
      total: [...byArea.values()].reduce((s, n) => s + n, 0),
      byArea: campaign.areas.map((a) => ({ areaId: a.id, name: a.name, ballots: byArea.get(a.id) ?? 0 })),
      byDay,
      projects: projects
        .filter((p) => p.eligible || votes.has(p.id))
        .map((p) => ({ id: p.id, areaId: p.areaId, title: p.title, votes: votes.get(p.id) ?? 0 }))
        .sort((a, b) => b.votes - a.votes || a.title.localeCompare(b.title)),
    };
    res.setHeader('Cache-Control', 'no-store');
    res.json(body);
  });

  // One row per ballot line: ballots are anonymous (a random id), never linked to a resident here.
  router.get('/admin/campaigns/:id/ballots.csv', moderate, async (req, res) => {
    const campaign = await loadCampaign(ctx.db, req.params.id, { drafts: true });
    const projects = new Map((await listProjects(ctx.db, campaign.id, { staff: true })).map((p) => [p.id, p.title]));
    const areas = new Map(campaign.areas.map((a) => [a.id, a.name]));
    startCsv(res, `${cityOf(req).slug}-budget-ballots-${campaign.id}.csv`);
    res.write(csvLine(['ballot_id', 'area', 'submitted_at', 'ballot_total', 'project_id', 'project']));
    for (let after: string | null = null; ; ) {
      const page = await pageOfBallots(ctx.db, campaign.id, after, 2000);
      for (const b of page) {
        for (const l of b.lines) res.write(csvLine([b.id, areas.get(b.areaId) ?? '', b.submittedAt.toISOString(), toMoney(b.totalCost), l.projectId, projects.get(l.projectId) ?? '']));
      }
      if (page.length < 2000) break;
      after = page[page.length - 1]!.id;
    }
    res.end();
  });

  router.get('/admin/campaigns/:id/results.csv', moderate, async (req, res) => {
    const campaign = await loadCampaign(ctx.db, req.params.id, { drafts: true });
    if (!resultsOut(campaign.phase)) throw new HttpError(409, 'results_not_out', 'The results are counted when voting closes.');
    const { rows } = await listResults(ctx.db, campaign);
    const areas = new Map(campaign.areas.map((a) => [a.id, a.name]));
    startCsv(res, `${cityOf(req).slug}-budget-results-${campaign.id}.csv`);
    res.write(csvLine(['area', 'rank', 'project_id', 'project', 'votes', 'cost', 'funded', 'delivery']));
    for (const r of rows) res.write(csvLine([areas.get(r.areaId) ?? '', r.rank, r.projectId, r.project.title, r.votes, toMoney(r.cost), r.funded, r.project.delivery]));
    res.end();
  });
}

function startCsv(res: Response, filename: string) {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  // A byte-order mark, so spreadsheets read accented names as UTF-8.
  res.write('\uFEFF');
}
