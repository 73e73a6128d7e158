import { HttpError, notFound, parseInput } from '@civitas/http';
import type { ModuleContext } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import express, { type Router } from 'express';
import { listVoterBallots } from './ballots-repository.ts';
import type { CampaignDetailJson, CampaignsJson, ProjectsJson, ResultsJson, VoterJson } from './budget-api-types.ts';
import { listCampaigns } from './campaigns-repository.ts';
import { areaAccess } from './eligibility.ts';
import { follow, unfollow } from './follows-repository.ts';
import { findImage, putImage } from './images-repository.ts';
import { imageTypeOf, MAX_IMAGE_BYTES } from './image-type.ts';
import { toMoney } from './money.ts';
import { ballotFrozen, resultsOut } from './phases.ts';
import { proposalInput } from './proposal-input.ts';
import { createProposal, findProject, listProjects, type ProjectRow } from './projects-repository.ts';
import { listResults } from './results-repository.ts';
import { listResidentProjects } from './resident-projects.ts';
import { cityYear, idParam, loadCampaign, optionalResident, projectId, projectsJson } from './route-helpers.ts';
import { toBallotJson, toCampaignJson } from './to-json.ts';

/** What residents (and visitors) do: read campaigns and projects, propose, follow, read results. */
export function residentRoutes(router: Router, ctx: ModuleContext) {
  const viewer = optionalResident(ctx);
  const verified = ctx.requireResident({ verified: true });
  const signedIn = ctx.requireResident();

  // Published and merged projects for everyone; pending and rejected ones for their author only.
  const visibleProject = async (param: unknown, residentId: string | null): Promise<ProjectRow> => {
    const project = await findProject(ctx.db, projectId(param));
    const campaign = project && (await loadCampaign(ctx.db, project.campaignId, { drafts: false }).catch(() => null));
    const visible = project && campaign && (project.status === 'published' || project.status === 'merged' || project.authorId === residentId);
    if (!visible) throw notFound('This project');
    return project;
  };

  router.get('/campaigns', async (req, res) => {
    const body: CampaignsJson = { campaigns: (await listCampaigns(ctx.db, { drafts: false })).map(toCampaignJson), timeZone: cityOf(req).timeZone };
    res.json(body);
  });

  router.get('/campaigns/:id', viewer, async (req, res) => {
    const campaign = await loadCampaign(ctx.db, req.params.id, { drafts: false });
    const city = cityOf(req);
    let voter: VoterJson | null = null;
    if (req.resident) {
      const r = req.resident;
      const ballots = await listVoterBallots(ctx.db, campaign.id, r.id);
      const cast = ballots.map((b) => ({ areaId: b.areaId, areaName: b.area.name, slot: b.slot }));
      const year = cityYear(city.timeZone, new Date());
      const access: VoterJson['access'] = {};
      for (const area of campaign.areas) {
        const a = areaAccess(campaign, area, { district: r.district, birthYear: r.birthYear }, cast, year);
        access[area.id] = a.ok ? { ok: true } : { code: a.code, message: a.message };
      }
      voter = { verified: r.emailVerifiedAt !== null, district: r.district, ballots: ballots.map(toBallotJson), access };
    }
    const body: CampaignDetailJson = { campaign: toCampaignJson(campaign), timeZone: city.timeZone, voter };
    res.json(body);
  });

  router.get('/campaigns/:id/projects', viewer, async (req, res) => {
    const projects = await listResidentProjects(ctx.db, idParam(req.params.id, 'This campaign'), req.resident?.id ?? null);
    if (!projects) throw notFound('This campaign');
    const body: ProjectsJson = { projects };
    res.json(body);
  });

  router.get('/projects/:id', viewer, async (req, res) => {
    const residentId = req.resident?.id ?? null;
    const project = await visibleProject(req.params.id, residentId);
    const [json] = await projectsJson(ctx.db, [project], residentId);
    res.json({ project: json });
  });

  router.get('/projects/:id/image', viewer, async (req, res) => {
    const project = await visibleProject(req.params.id, req.resident?.id ?? null);
    const image = await findImage(ctx.db, project.id);
    if (!image) throw notFound('This picture');
    res.setHeader('Content-Type', image.contentType);
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.send(Buffer.from(image.bytes));
  });

  router.post('/campaigns/:id/proposals', verified, async (req, res) => {
    const campaign = await loadCampaign(ctx.db, req.params.id, { drafts: false });
    if (campaign.phase !== 'ideation') {
      throw new HttpError(409, 'ideation_closed', 'Proposals can be submitted only while the campaign is in its ideation phase.');
    }
    const input = parseInput(proposalInput, req.body);
    if (!campaign.areas.some((a) => a.id === input.areaId)) {
      throw new HttpError(400, 'invalid_input', 'The request body is not valid. areaId: Choose an area of this campaign', { areaId: 'Choose an area of this campaign' });
    }
    const resident = req.resident!;
    const row = await ctx.db.$transaction(async (tx) => {
      const created = await createProposal(tx, campaign.id, resident.id, input, !campaign.preModeration);
      // Authors hear about their proposal: moderation, review, results, delivery.
      await follow(tx, created.id, resident.id);
      await ctx.audit(req, { action: 'budget.proposal_submitted', targetType: 'budget_project', targetId: created.id, after: { title: created.title, areaId: created.areaId, status: created.status } }, tx);
      return (await findProject(tx, created.id))!;
    });
    const [json] = await projectsJson(ctx.db, [row], resident.id);
    res.status(201).json({ project: json });
  });

  // The picture of one's own proposal, as raw bytes (JPEG, PNG or WebP, at most 2 MB), until voting opens.
  router.put('/projects/:id/image', verified, express.raw({ type: () => true, limit: MAX_IMAGE_BYTES }), async (req, res) => {
    const project = await findProject(ctx.db, projectId(req.params.id));
    if (!project || project.authorId !== req.resident!.id) throw notFound('This project');
    const campaign = await loadCampaign(ctx.db, project.campaignId, { drafts: false });
    if (ballotFrozen(campaign.phase)) throw new HttpError(409, 'frozen', 'Projects can no longer change once voting has opened.');
    const bytes = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
    const type = imageTypeOf(bytes);
    if (!type) throw new HttpError(400, 'invalid_image', 'Send a JPEG, PNG or WebP picture of at most 2 MB.');
    await putImage(ctx.db, project.id, type, bytes);
    res.status(204).end();
  });

  router.post('/projects/:id/follow', verified, async (req, res) => {
    const project = await visibleProject(req.params.id, req.resident!.id);
    await follow(ctx.db, project.id, req.resident!.id);
    res.status(204).end();
  });

  router.delete('/projects/:id/follow', signedIn, async (req, res) => {
    await unfollow(ctx.db, projectId(req.params.id), req.resident!.id);
    res.status(204).end();
  });

  router.get('/campaigns/:id/results', async (req, res) => {
    const campaign = await loadCampaign(ctx.db, req.params.id, { drafts: false });
    if (!resultsOut(campaign.phase)) throw new HttpError(409, 'results_not_out', 'The results are published when voting has closed.');
    const { rows, ballots } = await listResults(ctx.db, campaign);
    const body: ResultsJson = {
      campaignId: campaign.id,
      currency: campaign.currency,
      computedAt: (rows[0]?.computedAt ?? new Date()).toISOString(),
      areas: campaign.areas.map((area) => {
        const projects = rows
          .filter((r) => r.areaId === area.id)
          .map((r) => ({ id: r.projectId, title: r.project.title, votes: r.votes, cost: toMoney(r.cost), funded: r.funded, rank: r.rank, delivery: r.project.delivery }));
        return {
          areaId: area.id,
          name: area.name,
          budget: toMoney(area.budget),
          spent: projects.filter((p) => p.funded).reduce((s, p) => s + p.cost, 0),
          ballots: ballots.get(area.id) ?? 0,
          projects,
        };
      }),
    };
    res.json(body);
  });
}
