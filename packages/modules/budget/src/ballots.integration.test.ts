import { withTenant } from '@civitas/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BallotJson, CampaignDetailJson } from './budget-api-types.ts';
import { API, type City, cityWithBudget, openBudgetApp, resident, type TestApp, votingCampaign } from './test-kit.ts';

// Ballots through the real platform: each voting rule with its edges, exactly-once under concurrency,
// eligibility, and two cities where the second sees nothing of the first.

let t: TestApp;
let paris: City;
let budapest: City;

beforeAll(async () => {
  t = await openBudgetApp();
  paris = await cityWithBudget(t);
  budapest = await cityWithBudget(t, { districts: ['I. kerület', 'II. kerület'] });
});

afterAll(async () => {
  if (!t) return;
  for (const name of ['budget.advance-phase', 'budget.confirm-ballots', 'budget.notify-followers', 'budget.notify-results', 'modules.lifecycle']) {
    await t.runtime.jobs.queue(name).obliterate({ force: true });
  }
  await t.close();
});

const ballotsIn = (cityId: string, campaignId: string) =>
  withTenant(cityId, () => t.runtime.db.budgetBallot.findMany({ where: { tenantId: cityId, campaignId }, include: { lines: true } }));

describe('knapsack', () => {
  it('takes a ballot that spends exactly the budget, refuses one euro over naming the rule, and zero picks', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 600_000], [0, 400_000], [0, 1]]);
    const city = campaign.areas[0]!.id;
    const voter = await resident(t, paris);
    const over = await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: city, projectIds: ids }).expect(422);
    expect(over.body.error).toMatchObject({ code: 'knapsack_over_budget', details: { rule: 'knapsack', spent: 1_000_001, remaining: -1 } });
    expect(over.body.error.message).toBe("Knapsack rule: the projects you chose cost €1,000,001, €1 over this area's budget of €1,000,000.");
    const empty = await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: city, projectIds: [] }).expect(422);
    expect(empty.body.error).toMatchObject({ code: 'ballot_empty', message: expect.stringMatching(/at least one project/) });
    expect(await ballotsIn(paris.id, campaign.id)).toEqual([]);

    const ok = await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: city, projectIds: [ids[0]!, ids[1]!] }).expect(201);
    expect(ok.body.ballot).toMatchObject({ areaId: city, projectIds: [ids[0], ids[1]], totalCost: 1_000_000 });
    const stored = await ballotsIn(paris.id, campaign.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ residentId: voter.account.id, slot: 'city', totalCost: 1_000_000n });
    expect(stored[0]!.lines.map((l) => l.projectId).sort()).toEqual([ids[0], ids[1]].sort());

    // Final: a second ballot for the same area is refused, even a different one.
    const again = await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: city, projectIds: [ids[2]] }).expect(409);
    expect(again.body.error).toMatchObject({ code: 'already_voted', message: expect.stringMatching(/already voted for the whole city/) });
  });
});

describe('approval', () => {
  it('takes up to N projects whatever they cost and refuses N + 1, naming the rule', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 900_000], [0, 900_000], [0, 5], [0, 5]], { votingMethod: 'approval', maxPicks: 3 });
    const city = campaign.areas[0]!.id;
    const voter = await resident(t, paris);
    const res = await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: city, projectIds: ids }).expect(422);
    expect(res.body.error).toMatchObject({ code: 'approval_too_many', message: 'Approval voting: choose at most 3 projects in this area; your ballot has 4.' });
    await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: city, projectIds: ids.slice(0, 3) }).expect(201);
  });
});

describe('threshold', () => {
  it('needs the share of the budget, takes it exactly, and refuses spending over the budget', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 699_999], [0, 700_000], [0, 300_000], [0, 300_001]], { votingMethod: 'threshold', thresholdPercent: 70 });
    const city = campaign.areas[0]!.id;
    const [a, b, c] = [await resident(t, paris), await resident(t, paris), await resident(t, paris)];
    const under = await a.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: city, projectIds: [ids[0]] }).expect(422);
    expect(under.body.error).toMatchObject({ code: 'threshold_under_minimum', message: "Threshold rule: spend at least 70% of this area's budget (€700,000); your ballot spends €699,999." });
    const over = await a.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: city, projectIds: [ids[1], ids[3]] }).expect(422);
    expect(over.body.error).toMatchObject({ code: 'threshold_over_budget', message: expect.stringMatching(/^Threshold rule: your ballot spends €1,000,001/) });
    await b.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: city, projectIds: [ids[1]] }).expect(201);
    await c.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: city, projectIds: [ids[1], ids[2]] }).expect(201);
  });
});

describe('what a ballot may contain', () => {
  it('refuses a project of another area, an unknown one and the same one twice, naming the field', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 10], [1, 10]]);
    const voter = await resident(t, paris);
    const post = (body: object) => voter.post(`/campaigns/${campaign.id}/ballots`).send(body).expect(400);
    expect((await post({ areaId: campaign.areas[0]!.id, projectIds: [ids[0], ids[1]] })).body.error.fields).toEqual({ 'projectIds.1': 'This project is not on the ballot of Tout Paris' });
    expect((await post({ areaId: campaign.areas[0]!.id, projectIds: [crypto.randomUUID()] })).body.error.fields).toHaveProperty('projectIds.0');
    expect((await post({ areaId: campaign.areas[0]!.id, projectIds: [ids[0], ids[0]] })).body.error.fields).toEqual({ projectIds: 'Each project can be chosen once' });
    expect((await post({ areaId: crypto.randomUUID(), projectIds: [ids[0]] })).body.error.fields).toEqual({ areaId: 'Choose an area of this campaign' });
  });
});

describe('the whole city and one’s own district', () => {
  it('lets a resident vote in their own district only, once, even after changing district', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 100], [1, 100], [2, 100]]);
    const [, first, second] = campaign.areas.map((a) => a.id) as [string, string, string];
    const voter = await resident(t, paris, { district: '1er arrondissement' });
    const elsewhere = await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: second, projectIds: [ids[2]] }).expect(403);
    expect(elsewhere.body.error).toMatchObject({ code: 'not_your_district', message: expect.stringMatching(/whole city and your own district\) you may vote in 1er arrondissement, not in 2e arrondissement/) });
    await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: first, projectIds: [ids[1]] }).expect(201);

    // Moving to the 2nd (through the profile) does not give a second district ballot.
    await voter.c.put('/api/account/profile', voter.csrf).send({ displayName: 'Test Resident', district: '2e arrondissement', birthYear: 1985 }).expect(200);
    const moved = await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: second, projectIds: [ids[2]] }).expect(409);
    expect(moved.body.error).toMatchObject({ code: 'already_voted', message: expect.stringMatching(/already voted in a district, 1er arrondissement/) });
    // The whole city is still open to them.
    await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: [ids[0]] }).expect(201);

    const detail = (await voter.get(`/campaigns/${campaign.id}`).expect(200)).body as CampaignDetailJson;
    expect(detail.voter?.ballots.map((b) => b.areaId).sort()).toEqual([campaign.areas[0]!.id, first].sort());
    expect(detail.voter?.access[second]).toMatchObject({ code: 'already_voted' });

    const noDistrict = await resident(t, paris);
    const unknown = await noDistrict.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: first, projectIds: [ids[1]] }).expect(403);
    expect(unknown.body.error.code).toBe('district_unknown');
  });

  it('under “one area”, takes one ballot in any one area and no other', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 100], [2, 100]], { areaRule: 'one_area' });
    const voter = await resident(t, paris, { district: '1er arrondissement' });
    await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[2]!.id, projectIds: [ids[1]] }).expect(201);
    const res = await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: [ids[0]] }).expect(409);
    expect(res.body.error.message).toMatch(/rule \(one area\) you have already voted, in 2e arrondissement/);
  });

  it('refuses residents under the minimum age, and asks for a birth year', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 100]], { minimumAge: 16 });
    const year = new Date().getFullYear();
    const young = await resident(t, paris, { birthYear: year - 15 });
    const res = await young.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: ids }).expect(403);
    expect(res.body.error).toMatchObject({ code: 'too_young', message: expect.stringMatching(/aged 16 or over/) });
    const unknown = await resident(t, paris, { birthYear: null });
    expect((await unknown.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: ids }).expect(403)).body.error.code).toBe('age_unknown');
    await (await resident(t, paris, { birthYear: year - 16 })).post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: ids }).expect(201);
  });
});

describe('exactly one ballot per resident and area', () => {
  it('keeps one of 20 simultaneous submissions from four tabs: one 201, nineteen 409', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 300_000], [0, 300_000], [0, 300_000]]);
    const voter = await resident(t, paris);
    // Four tabs: four sessions of the same resident.
    const tabs = [voter, ...(await Promise.all([1, 2, 3].map(() => signInAgain(voter.account))))];
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => tabs[i % 4]!.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: [ids[i % 3]] })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(409)]);
    expect(responses.filter((r) => r.status === 409).every((r) => r.body.error.code === 'already_voted')).toBe(true);
    const stored = await ballotsIn(paris.id, campaign.id);
    expect(stored).toHaveLength(1);
    const winner = responses.find((r) => r.status === 201)!.body.ballot as BallotJson;
    expect(stored[0]!.lines.map((l) => l.projectId)).toEqual(winner.projectIds);
  });

  it('under “one area”, keeps one of simultaneous submissions to different areas', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 100], [1, 100], [2, 100]], { areaRule: 'one_area' });
    const voter = await resident(t, paris);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[i % 3]!.id, projectIds: [ids[i % 3]] })),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(11);
    expect(await ballotsIn(paris.id, campaign.id)).toHaveLength(1);
  });
});

describe('who may vote at all', () => {
  it('refuses unverified residents and visitors', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 100]]);
    const unverified = await resident(t, paris, { verified: false });
    const res = await unverified.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: ids }).expect(403);
    expect(res.body.error.code).toBe('email_unverified');
    const c = t.client(paris.host);
    await c.post(`${API}/campaigns/${campaign.id}/ballots`, await c.csrf()).send({ areaId: campaign.areas[0]!.id, projectIds: ids }).expect(401);
    expect(await ballotsIn(paris.id, campaign.id)).toEqual([]);
  });

  it('refuses a ballot before voting opens and after it closes', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 100]]);
    const voter = await resident(t, paris);
    await paris.admin.post(`/admin/campaigns/${campaign.id}/phase`).send({ phase: 'results' }).expect(200);
    const closed = await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: ids }).expect(409);
    expect(closed.body.error.code).toBe('voting_closed');
  });
});

describe('two cities', () => {
  it('a Budapest resident can neither see nor vote in a Paris campaign, by id', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 100]]);
    const fromBudapest = await resident(t, budapest);
    for (const path of [`/campaigns/${campaign.id}`, `/campaigns/${campaign.id}/projects`, `/projects/${ids[0]}`, `/campaigns/${campaign.id}/results`]) {
      expect((await fromBudapest.get(path)).status).toBe(404);
    }
    const vote = await fromBudapest.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: ids });
    expect(vote.status).toBe(404);
    await fromBudapest.post(`/projects/${ids[0]}/follow`).expect(404);
    expect((await fromBudapest.get('/campaigns').expect(200)).body.campaigns.map((c: { id: string }) => c.id)).not.toContain(campaign.id);
    // Budapest's staff cannot reach it either.
    await budapest.moderator.get(`/admin/campaigns/${campaign.id}/projects`).expect(404);
    await budapest.moderator.post(`/admin/projects/${ids[0]}/moderation`).send({ decision: 'reject', note: 'x' }).expect(404);
    await budapest.admin.post(`/admin/campaigns/${campaign.id}/phase`).send({ phase: 'results' }).expect(404);
    // A Paris session carried to Budapest's host is no session there.
    const parisVoter = await resident(t, paris);
    const carried = await parisVoter.c.agent.post(`${API}/campaigns/${campaign.id}/ballots`).set('Host', budapest.host).set('x-csrf-token', parisVoter.csrf).send({ areaId: campaign.areas[0]!.id, projectIds: ids });
    expect(carried.status).toBe(403); // no session on that host: the CSRF token is not its own
    expect(await ballotsIn(paris.id, campaign.id)).toEqual([]);
  });

  it('refuses, at the database, a ballot written into another city', async () => {
    const { campaign } = await votingCampaign(t, paris, [[0, 100]]);
    await expect(
      withTenant(budapest.id, () =>
        t.runtime.db.budgetBallot.create({ data: { tenantId: paris.id, campaignId: campaign.id, areaId: campaign.areas[0]!.id, residentId: crypto.randomUUID(), slot: 'city', totalCost: 1n } }),
      ),
    ).rejects.toThrow();
  });

  it('answers 404 module_not_available in a city that has not switched it on, even for an existing id', async () => {
    const { campaign } = await votingCampaign(t, paris, [[0, 100]]);
    const off = await cityWithBudget(t, { enabled: false });
    const voter = await resident(t, off);
    for (const res of [await voter.get('/campaigns'), await voter.get(`/campaigns/${campaign.id}`), await voter.post(`/campaigns/${campaign.id}/ballots`).send({})]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('module_not_available');
    }
  });
});

async function signInAgain(account: { email: string; password: string }) {
  const c = t.client(paris.host);
  await c.post('/api/auth/resident/sign-in', await c.csrf()).send({ email: account.email, password: account.password }).expect(200);
  const csrf = await c.csrf();
  return { post: (path: string) => c.post(`${API}${path}`, csrf) };
}
