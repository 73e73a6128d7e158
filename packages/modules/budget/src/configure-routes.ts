import { requireTenantId } from '@civitas/db';
import { HttpError, parseInput } from '@civitas/http';
import type { ModuleContext } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import type { Request, Router } from 'express';
import { dropBallotFrame } from './ballot-frame.ts';
import { countBallots } from './ballots-repository.ts';
import type { BudgetSettings } from './budget-settings.ts';
import { campaignInput, type CampaignInput } from './campaign-input.ts';
import { type CampaignRow, createCampaign, updateCampaign, updateCampaignSchedule } from './campaigns-repository.ts';
import { cityRefOf } from './city-ref.ts';
import { movePhase } from './move-phase.ts';
import { notifyResultsJob } from './notify-results-job.ts';
import { ballotFrozen, phaseMoveRefusal, resultsOut } from './phases.ts';
import { loadCampaign } from './route-helpers.ts';
import { schedulePhases } from './schedule-phases.ts';
import { phaseInput } from './staff-inputs.ts';
import { toCampaignJson } from './to-json.ts';

/** Admins with budget.configure: campaigns, their rules, areas, budgets and dates, and moving phases by hand. */
export function configureRoutes(router: Router, ctx: ModuleContext) {
  const configure = ctx.requirePermission('budget.configure');
  const inputOf = (req: Request) => {
    const city = cityOf(req);
    return parseInput(campaignInput(city.timeZone, city.districts, ctx.settings<BudgetSettings>(req)), req.body);
  };

  router.post('/admin/campaigns', configure, async (req, res) => {
    const input = inputOf(req);
    const campaign = await ctx.db.$transaction(async (tx) => {
      const created = await createCampaign(tx, input);
      await ctx.audit(req, { action: 'budget.campaign_created', targetType: 'budget_campaign', targetId: created.id, after: toCampaignJson(created) }, tx);
      return created;
    });
    await schedulePhases(ctx.enqueue, campaign, cityRefOf(req), new Date());
    res.status(201).json({ campaign: toCampaignJson(campaign) });
  });

  router.put('/admin/campaigns/:id', configure, async (req, res) => {
    const input = inputOf(req);
    const campaign = await ctx.db.$transaction(async (tx) => {
      const existing = await loadCampaign(tx, req.params.id, { drafts: true });
      let updated: CampaignRow;
      if (ballotFrozen(existing.phase)) {
        if (rulesChanged(existing, input)) throw new HttpError(409, 'frozen', 'Voting has opened: the rules, areas and budgets can no longer change; titles and dates can.');
        updated = await updateCampaignSchedule(tx, existing.id, input);
      } else {
        updated = await updateCampaign(tx, existing, input).catch((error: unknown) => {
          // An area that still has projects cannot be removed (the foreign key says so).
          if (/foreign key|P2003|violates/i.test(String((error as Error).message) + String((error as { code?: string }).code)))
            throw new HttpError(409, 'area_in_use', 'An area with projects cannot be removed; move or reject its projects first.');
          throw error;
        });
      }
      await ctx.audit(req, { action: 'budget.campaign_updated', targetType: 'budget_campaign', targetId: existing.id, before: toCampaignJson(existing), after: toCampaignJson(updated) }, tx);
      return updated;
    });
    dropBallotFrame(campaign.id);
    await schedulePhases(ctx.enqueue, campaign, cityRefOf(req), new Date());
    res.json({ campaign: toCampaignJson(campaign) });
  });

  router.post('/admin/campaigns/:id/phase', configure, async (req, res) => {
    const { phase } = parseInput(phaseInput, req.body);
    const now = new Date();
    const moved = await ctx.db.$transaction(async (tx) => {
      const current = await loadCampaign(tx, req.params.id, { drafts: true });
      const outcome = await movePhase(tx, current.id, 'staff', now, async (c) => {
        const refusal = phaseMoveRefusal(c.phase, phase, await countBallots(tx, c.id));
        return refusal ? { refused: refusal } : { to: phase };
      });
      if (!outcome) throw new HttpError(404, 'not_found', 'This campaign was not found.');
      if ('refused' in outcome) throw new HttpError(409, 'phase_refused', outcome.refused!);
      await ctx.audit(req, { action: 'budget.phase_changed', targetType: 'budget_campaign', targetId: current.id, before: { phase: outcome.from }, after: { phase: outcome.to } }, tx);
      return outcome;
    });
    dropBallotFrame(moved.campaign.id);
    if (resultsOut(moved.to) && !resultsOut(moved.from!)) {
      await ctx.enqueue(notifyResultsJob, { tenantId: requireTenantId(), campaignId: moved.campaign.id, countedAt: now.toISOString(), city: cityRefOf(req) });
    }
    res.json({ campaign: toCampaignJson(moved.campaign) });
  });
}

/** Whether the input changes anything ballots are checked against. */
function rulesChanged(existing: CampaignRow, input: CampaignInput) {
  const rules = ['currency', 'votingMethod', 'maxPicks', 'thresholdPercent', 'areaRule', 'minimumAge'] as const;
  if (rules.some((k) => existing[k] !== input[k])) return true;
  if (existing.areas.length !== input.areas.length) return true;
  return input.areas.some((a, i) => {
    const e = existing.areas[i]!;
    return a.id !== e.id || a.name !== e.name || a.kind !== e.kind || a.district !== e.district || BigInt(a.budget) !== e.budget;
  });
}
