import { HttpError, notFound, parseInput } from '@civitas/http';
import type { ModuleContext } from '@civitas/module-sdk';
import { cityOf } from '@civitas/tenancy';
import type { Request, Router } from 'express';
import { type BallotFrame, dropBallotFrame, loadBallotFrame } from './ballot-frame.ts';
import { insertBallot, listVoterBallots } from './ballots-repository.ts';
import type { BallotJson } from './budget-api-types.ts';
import { cityRefOf } from './city-ref.ts';
import { areaAccess } from './eligibility.ts';
import { formatMoney } from './money.ts';
import { cityYear, idParam } from './route-helpers.ts';
import { scheduleConfirmations } from './schedule-confirmations.ts';
import { ballotInput } from './staff-inputs.ts';
import { checkBallot } from './voting-rules.ts';

/**
 * Submitting a ballot: the rule of the campaign, the area rule and the minimum age are checked on
 * the server (4xx naming the rule), then the ballot is stored final, once per resident per area,
 * and confirmed by email. Not audited: the audit log names its actor, and a ballot is secret.
 */
export function ballotRoutes(router: Router, ctx: ModuleContext) {
  const verified = ctx.requireResident({ verified: true });

  router.post('/campaigns/:id/ballots', verified, async (req, res) => {
    const campaignId = idParam(req.params.id, 'This campaign');
    const input = parseInput(ballotInput, req.body);
    let outcome = await submit(req, campaignId, input);
    // Rules or projects changed between the check and the insert: check again against the new ones, once.
    if (outcome.kind === 'stale') outcome = await submit(req, campaignId, input);
    if (outcome.kind === 'stale') throw new HttpError(409, 'campaign_changed', 'The campaign changed while your ballot was sent. Reload the page and try again.');
    const ballot: BallotJson = { id: outcome.id, areaId: input.areaId, projectIds: input.projectIds, totalCost: outcome.totalCost, submittedAt: outcome.submittedAt.toISOString() };
    await scheduleConfirmations(ctx.enqueue, campaignId, cityRefOf(req), cityOf(req).timeZone, Date.now());
    res.status(201).json({ ballot });
  });

  async function submit(req: Request, campaignId: string, input: { areaId: string; projectIds: string[] }) {
    const frame = await loadBallotFrame(ctx.db, campaignId);
    if (!frame || frame.phase === 'draft') throw notFound('This campaign');
    if (frame.phase !== 'voting') throw votingClosed();
    const area = frame.areas.get(input.areaId);
    if (!area) throw fieldError('areaId', 'Choose an area of this campaign');
    const costs = input.projectIds.map((id, i) => {
      const project = frame.projects.get(id);
      if (!project || project.areaId !== area.id) throw fieldError(`projectIds.${i}`, `This project is not on the ballot of ${area.name}`);
      return project.cost;
    });
    const money = (n: number) => formatMoney(n, frame.currency);
    const broken = checkBallot(frame.rules, area.budget, costs, money);
    if (broken) throw new HttpError(422, broken.code, broken.message, undefined, { rule: frame.rules.votingMethod, ...broken.tally });

    const resident = req.resident!;
    const voter = { district: resident.district, birthYear: resident.birthYear };
    const year = cityYear(cityOf(req).timeZone, new Date());
    // The slot follows from the rule alone; earlier ballots are read only to explain a refusal.
    const access = areaAccess(frame.rules, area, voter, [], year);
    if (!access.ok) throw new HttpError(access.status, access.code, access.message);
    const totalCost = costs.reduce((s, c) => s + c, 0);
    const stored = await insertBallot(ctx.db, { campaignId, areaId: area.id, residentId: resident.id, slot: access.slot, totalCost, projectIds: input.projectIds, revision: frame.revision });
    switch (stored.kind) {
      case 'submitted':
        return { ...stored, totalCost };
      case 'stale':
        dropBallotFrame(campaignId);
        return stored;
      case 'closed':
        dropBallotFrame(campaignId);
        throw votingClosed();
      case 'duplicate':
        throw await alreadyVoted(campaignId, frame, area.id, voter, year, resident.id);
    }
  }

  /** Which ballot is in the way, in the words of the area rule. */
  async function alreadyVoted(campaignId: string, frame: BallotFrame, areaId: string, voter: { district: string | null; birthYear: number | null }, year: number, residentId: string) {
    const cast = (await listVoterBallots(ctx.db, campaignId, residentId)).map((b) => ({ areaId: b.areaId, areaName: b.area.name, slot: b.slot }));
    const access = areaAccess(frame.rules, frame.areas.get(areaId)!, voter, cast, year);
    const message = access.ok ? 'You have already voted in this area; a submitted ballot is final.' : access.message;
    return new HttpError(409, 'already_voted', message);
  }
}

const votingClosed = () => new HttpError(409, 'voting_closed', 'Voting is not open in this campaign.');
const fieldError = (field: string, message: string) => new HttpError(400, 'invalid_input', `The request body is not valid. ${field}: ${message}`, { [field]: message });
