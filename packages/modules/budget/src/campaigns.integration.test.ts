import { withTenant } from '@civitas/db';
import { moduleJobHandlers } from '@civitas/module-host';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advancePhaseJob } from './advance-phase-job.ts';
import { listUnconfirmedBallots } from './ballots-repository.ts';
import { confirmBallots } from './confirm-ballots-job.ts';
import type { CampaignJson, DashboardJson, ProjectJson, ProjectsJson, ResultsJson } from './budget-api-types.ts';
import { dateToCityTime } from '@civitas/module-sdk/time';
import { budgetModule } from './module.ts';
import {
  type City,
  campaignBody,
  cityTime,
  cityWithBudget,
  createCampaign,
  DAY,
  movePhase,
  openBudgetApp,
  registry,
  resident,
  type Session,
  type TestApp,
  votingCampaign,
} from './test-kit.ts';

// Campaigns through the real platform: proposals, moderation, merging, review, the phase job, results,
// emails to voters and followers, the dashboard and CSV exports, and residents' data.

let t: TestApp;
let paris: City;

beforeAll(async () => {
  t = await openBudgetApp();
  t.startWorker();
  paris = await cityWithBudget(t);
});

afterAll(async () => {
  if (!t) return;
  for (const name of ['budget.advance-phase', 'budget.confirm-ballots', 'budget.notify-followers', 'budget.notify-results', 'modules.lifecycle']) {
    await t.runtime.jobs.queue(name).obliterate({ force: true });
  }
  await t.close();
});

const propose = (as: Session, campaign: CampaignJson, over: Record<string, unknown> = {}) =>
  as.post(`/campaigns/${campaign.id}/proposals`).send({
    areaId: campaign.areas[0]!.id,
    title: 'Un jardin partagé',
    description: 'Un jardin partagé rue de Rivoli, ouvert à tous.',
    estimatedCost: 120_000,
    address: '12 rue de Rivoli',
    latitude: 48.8556,
    longitude: 2.3522,
    ...over,
  });
const projectsOf = async (as: Session, campaign: CampaignJson) => ((await as.get(`/campaigns/${campaign.id}/projects`).expect(200)).body as ProjectsJson).projects;
const cityDates = (c: CampaignJson) =>
  Object.fromEntries((['ideationAt', 'reviewAt', 'votingAt', 'resultsAt', 'followUpAt'] as const).map((k) => [k, dateToCityTime(new Date(c[k]), 'Europe/Paris')]));
type Voter = Awaited<ReturnType<typeof resident>>;
const mailTo = (email: string, subject: RegExp) => t.smtp.waitFor((m) => m.to.includes(email) && subject.test(m.subject), 15_000);

interface AuditJson {
  action: string;
  targetId: string | null;
  actorType: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
const auditOf = async (city: City, targetId: string) =>
  ((await city.admin.c.get('/api/admin/audit?action=budget.&limit=200').expect(200)).body.events as AuditJson[]).filter((e) => e.targetId === targetId).reverse();

describe('proposals and moderation', () => {
  it('keeps a pre-moderated proposal to its author until a moderator publishes it, emailing the author', async () => {
    const campaign = await createCampaign(paris);
    await movePhase(paris, campaign.id, 'ideation');
    const author = await resident(t, paris);
    const other = await resident(t, paris);
    const created = (await propose(author, campaign).expect(201)).body.project as ProjectJson;
    expect(created).toMatchObject({ status: 'pending', yours: true, following: true, cost: 120_000, latitude: 48.8556 });
    expect((await projectsOf(other, campaign)).map((p) => p.id)).not.toContain(created.id);
    await other.get(`/projects/${created.id}`).expect(404);
    expect((await projectsOf(author, campaign)).map((p) => p.id)).toContain(created.id);

    // Residents cannot moderate; a moderator must give a reason to reject.
    await author.post(`/admin/projects/${created.id}/moderation`).send({ decision: 'publish' }).expect(401);
    const noReason = await paris.moderator.post(`/admin/projects/${created.id}/moderation`).send({ decision: 'reject' }).expect(400);
    expect(noReason.body.error.fields).toEqual({ note: 'Tell the author why the proposal is rejected' });
    const published = await paris.moderator.post(`/admin/projects/${created.id}/moderation`).send({ decision: 'publish' }).expect(200);
    expect(published.body.project.status).toBe('published');
    expect((await projectsOf(other, campaign)).map((p) => p.id)).toContain(created.id);

    const mail = await mailTo(author.account.email, /Un jardin partagé/);
    expect(mail.text).toContain('The proposal “Un jardin partagé” is now published.');
    expect(mail.text).toContain(`/m/budget/projects/${created.id}`);
    expect((await auditOf(paris, created.id)).map((e) => [e.action, e.actorType])).toEqual([
      ['budget.proposal_submitted', 'resident'],
      ['budget.project_moderated', 'staff'],
    ]);
  });

  it('publishes at once without pre-moderation, and only during ideation', async () => {
    const campaign = await createCampaign(paris, { preModeration: false });
    const author = await resident(t, paris);
    expect((await propose(author, campaign).expect(404)).body.error.code).toBe('not_found'); // a draft is not shown to residents
    await movePhase(paris, campaign.id, 'ideation');
    expect((await propose(author, campaign).expect(201)).body.project.status).toBe('published');
    const invalid = await propose(author, campaign, { title: '', estimatedCost: -1, latitude: 48.8, longitude: null }).expect(400);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(['estimatedCost', 'longitude', 'title']);
    await movePhase(paris, campaign.id, 'review');
    expect((await propose(author, campaign).expect(409)).body.error.code).toBe('ideation_closed');
    const unverified = await resident(t, paris, { verified: false });
    expect((await propose(unverified, campaign).expect(403)).body.error.code).toBe('email_unverified');
  });

  it('merges proposals into one project that their followers now follow, and tells them', async () => {
    const campaign = await createCampaign(paris, { preModeration: false });
    await movePhase(paris, campaign.id, 'ideation');
    const [a, b, fan] = [await resident(t, paris), await resident(t, paris), await resident(t, paris)];
    const first = (await propose(a, campaign, { title: 'Bancs rue A' }).expect(201)).body.project as ProjectJson;
    const second = (await propose(b, campaign, { title: 'Bancs rue B' }).expect(201)).body.project as ProjectJson;
    await fan.post(`/projects/${first.id}/follow`).expect(204);
    await paris.admin.post(`/admin/campaigns/${campaign.id}/merge`).send({ projectIds: [first.id], areaId: campaign.areas[0]!.id, title: 'x', description: 'x', estimatedCost: 1, address: 'x' }).expect(400);
    const res = await paris.moderator
      .post(`/admin/campaigns/${campaign.id}/merge`)
      .send({ projectIds: [first.id, second.id], areaId: campaign.areas[0]!.id, title: 'Des bancs dans le quartier', description: 'Les bancs des rues A et B.', estimatedCost: 80_000, address: 'Rues A et B' })
      .expect(201);
    const merged = res.body.project as ProjectJson;
    expect(merged).toMatchObject({ status: 'published', mergedFrom: [{ id: first.id, title: 'Bancs rue A' }, { id: second.id, title: 'Bancs rue B' }], followers: 3 });
    const listed = await projectsOf(fan, campaign);
    expect(listed.find((p) => p.id === first.id)).toMatchObject({ status: 'merged', mergedIntoId: merged.id });
    expect(listed.find((p) => p.id === merged.id)?.following).toBe(true);
    const mail = await mailTo(fan.account.email, /Bancs rue A/);
    expect(mail.text).toContain('was merged into the project “Des bancs dans le quartier”, which you now follow');
    // A merged proposal cannot be merged again, nor published.
    await paris.moderator.post(`/admin/projects/${first.id}/moderation`).send({ decision: 'publish' }).expect(409);
    expect((await auditOf(paris, merged.id)).map((e) => e.action)).toEqual(['budget.projects_merged']);
  });

  it('takes a picture of one’s own proposal, checked by its bytes, and shows it with the project', async () => {
    const campaign = await createCampaign(paris);
    await movePhase(paris, campaign.id, 'ideation');
    const author = await resident(t, paris);
    const other = await resident(t, paris);
    const project = (await propose(author, campaign).expect(201)).body.project as ProjectJson;
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d1e4a40000000049454e44ae426082', 'hex');
    const put = (as: Session, body: Buffer, type = 'image/png') => as.put(`/projects/${project.id}/image`).set('content-type', type).send(body);
    expect((await put(author, Buffer.from('<svg onload="alert(1)"/>'), 'image/png').expect(400)).body.error.code).toBe('invalid_image');
    await put(other, png).expect(404);
    await put(author, png).expect(204);
    // Staff see it in the moderation queue, with the picture; residents do not until it is published.
    const staff = (await paris.moderator.get(`/admin/projects/${project.id}`).expect(200)).body;
    expect(staff).toMatchObject({ project: { id: project.id, hasImage: true, status: 'pending' }, campaign: { id: campaign.id }, result: null });
    await other.get(`/projects/${project.id}/image`).expect(404);
    const image = await author.get(`/projects/${project.id}/image`).expect(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(image.body as Buffer, png)).toBe(0);
  });

  it('keeps campaign settings to budget.configure and staff pages to budget.moderate', async () => {
    await paris.moderator.post('/admin/campaigns').send(campaignBody()).expect(403);
    const voter = await resident(t, paris);
    await voter.get('/admin/campaigns').expect(401);
    const bad = await paris.admin.post('/admin/campaigns').send(campaignBody({ reviewAt: cityTime(0), areas: [{ name: 'Nowhere', kind: 'district', district: 'Atlantis', budget: 1 }] })).expect(400);
    expect(bad.body.error.fields).toMatchObject({ reviewAt: 'Must be after ideationAt', 'areas.0.district': expect.stringMatching(/^Choose one of the city's districts/) });
  });
});

describe('review, voting and results', () => {
  it('puts reviewed projects on the ballot, freezes them while voting, confirms each ballot by email and counts the results greedily', async () => {
    const campaign = await createCampaign(paris, { preModeration: false });
    await movePhase(paris, campaign.id, 'ideation');
    const author = await resident(t, paris);
    const ids: string[] = [];
    for (const [title, cost] of [['Skatepark', 600_000], ['Fontaine', 500_000], ['Arbres', 400_000], ['Hors budget', 1_200_000]] as const) {
      ids.push(((await propose(author, campaign, { title, estimatedCost: cost }).expect(201)).body.project as ProjectJson).id);
    }
    await movePhase(paris, campaign.id, 'review');
    const notFeasible = await paris.moderator.put(`/admin/projects/${ids[0]}/review`).send({ feasibility: 'unfeasible', finalCost: null, eligible: true }).expect(400);
    expect(notFeasible.body.error.fields).toMatchObject({ eligible: 'Only a feasible project can go on the ballot' });
    const noCost = await paris.moderator.put(`/admin/projects/${ids[0]}/review`).send({ feasibility: 'feasible', finalCost: null, eligible: true }).expect(400);
    expect(noCost.body.error.fields).toEqual({ finalCost: 'Set the final cost before putting the project on the ballot' });
    const costs = [600_000, 500_000, 400_000];
    for (const [i, id] of ids.slice(0, 3).entries()) {
      await paris.moderator.put(`/admin/projects/${id}/review`).send({ feasibility: 'feasible', finalCost: costs[i], eligible: true }).expect(200);
    }
    await paris.moderator.put(`/admin/projects/${ids[3]}/review`).send({ feasibility: 'unfeasible', feasibilityNote: 'Trop cher.', finalCost: null, eligible: false }).expect(200);
    await movePhase(paris, campaign.id, 'voting');
    const frozen = await paris.moderator.put(`/admin/projects/${ids[0]}/review`).send({ feasibility: 'feasible', finalCost: 1, eligible: true }).expect(409);
    expect(frozen.body.error.code).toBe('frozen');

    // Votes: Skatepark 3, Fontaine 2, Arbres 2 (tie: the cheaper Arbres first). Budget 1,000,000.
    const area = campaign.areas[0]!.id;
    const ballots = [[ids[0], ids[2]], [ids[0], ids[2]], [ids[0]], [ids[1]], [ids[1]]];
    const voters: Voter[] = [];
    for (const picks of ballots) {
      const voter = await resident(t, paris);
      voters.push(voter);
      await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: area, projectIds: picks }).expect(201);
    }
    const confirmation = await mailTo(voters[0]!.account.email, /vote in “Budget participatif 2027” is recorded/);
    // Confirmed in batches; running the batch again (a retry, another window) sends nothing twice.
    for (const v of voters) await mailTo(v.account.email, /is recorded/);
    // The worker marks each ballot confirmed just after its email leaves: wait for that before running again.
    await expect
      .poll(() => withTenant(paris.id, () => listUnconfirmedBallots(t.runtime.db, campaign.id, new Date(0))).then((b) => b.length), { timeout: 10_000 })
      .toBe(0);
    const again = await withTenant(paris.id, () =>
      confirmBallots(t.runtime.db, { tenantId: paris.id, campaignId: campaign.id, window: 0, city: { name: paris.name, host: paris.host, defaultLocale: 'en' }, timeZone: 'Europe/Paris' }, new Date()),
    );
    expect(again).toEqual({ sent: 0 });
    for (const v of voters) expect(t.smtp.messages.filter((m) => m.to.includes(v.account.email) && /is recorded/.test(m.subject))).toHaveLength(1);
    expect(confirmation.text).toMatch(/Your ballot for Tout Paris was recorded on/);
    expect(confirmation.text).toContain('- Arbres (€400,000)');
    expect(confirmation.text).toContain('- Skatepark (€600,000)');
    expect(confirmation.text).toContain('Total: €1,000,000 of a budget of €1,000,000.');

    const live = (await paris.moderator.get(`/admin/campaigns/${campaign.id}/dashboard`).expect(200)).body as DashboardJson;
    expect(live.total).toBe(5);
    expect(live.byArea).toEqual([{ areaId: area, name: 'Tout Paris', ballots: 5 }, expect.objectContaining({ ballots: 0 }), expect.objectContaining({ ballots: 0 })]);
    expect(live.byDay.reduce((s, d) => s + d.ballots, 0)).toBe(5);
    expect(live.projects.map((p) => [p.title, p.votes])).toEqual([['Skatepark', 3], ['Arbres', 2], ['Fontaine', 2]]);
    await (await resident(t, paris)).get(`/admin/campaigns/${campaign.id}/dashboard`).expect(401);
    await author.get(`/campaigns/${campaign.id}/results`).expect(409);

    // Closing: the results are counted as voting closes, and the followers (the author) hear which won.
    await movePhase(paris, campaign.id, 'results');
    const results = (await author.get(`/campaigns/${campaign.id}/results`).expect(200)).body as ResultsJson;
    const city = results.areas[0]!;
    expect(city).toMatchObject({ name: 'Tout Paris', budget: 1_000_000, spent: 1_000_000, ballots: 5 });
    expect(city.projects.map((p) => [p.title, p.votes, p.rank, p.funded])).toEqual([
      ['Skatepark', 3, 1, true],
      ['Arbres', 2, 2, true],
      ['Fontaine', 2, 3, false],
    ]);
    const funded = await t.smtp.waitFor((m) => m.to.includes(author.account.email) && m.text.includes('“Skatepark” will be funded'), 15_000);
    expect(funded.subject).toBe('News of “Skatepark”');
    expect(funded.text).toContain('“Skatepark” will be funded: it received 3 vote(s).');
    await t.smtp.waitFor((m) => m.to.includes(author.account.email) && m.text.includes('“Fontaine” was not funded this time (2 vote(s)).'), 15_000);
    // Going back to voting would change a counted vote: refused.
    expect((await paris.admin.post(`/admin/campaigns/${campaign.id}/phase`).send({ phase: 'voting' }).expect(409)).body.error.message).toMatch(/5 ballot\(s\)/);

    // Delivery of a winner, told to its followers; a project that was not funded has none.
    await paris.moderator.put(`/admin/projects/${ids[1]}/delivery`).send({ delivery: 'works' }).expect(409);
    await paris.moderator.put(`/admin/projects/${ids[0]}/delivery`).send({ delivery: 'works', deliveryNote: 'Début des travaux en mars.' }).expect(200);
    const works = await t.smtp.waitFor((m) => m.to.includes(author.account.email) && m.text.includes('Works on “Skatepark” have started'), 15_000);
    expect(works.text).toContain('Début des travaux en mars.');
    const after = (await author.get(`/campaigns/${campaign.id}/results`).expect(200)).body as ResultsJson;
    expect(after.areas[0]!.projects[0]).toMatchObject({ title: 'Skatepark', delivery: 'works' });

    // CSV: one line per ballot line, nobody named; the results as counted.
    const csv = await paris.moderator.get(`/admin/campaigns/${campaign.id}/ballots.csv`).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('ballot_id,area,submitted_at,ballot_total,project_id,project');
    expect(lines).toHaveLength(1 + 7);
    for (const v of voters) expect(csv.text).not.toContain(v.account.id);
    const resultsCsv = (await paris.moderator.get(`/admin/campaigns/${campaign.id}/results.csv`).expect(200)).text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(resultsCsv).toEqual([
      'area,rank,project_id,project,votes,cost,funded,delivery',
      `Tout Paris,1,${ids[0]},Skatepark,3,600000,true,works`,
      `Tout Paris,2,${ids[2]},Arbres,2,400000,true,not_started`,
      `Tout Paris,3,${ids[1]},Fontaine,2,500000,false,not_started`,
    ]);
  });

  it('defuses a title that a spreadsheet would run as a formula', async () => {
    const { campaign } = await votingCampaign(t, paris, []);
    await paris.admin.post(`/admin/campaigns/${campaign.id}/phase`).send({ phase: 'ideation' }).expect(200);
    const author = await resident(t, paris);
    await propose(author, campaign, { title: '=HYPERLINK("http://evil")' }).expect(201);
    const csv = (await paris.moderator.get(`/admin/campaigns/${campaign.id}/ballots.csv`).expect(200)).text;
    expect(csv.split('\r\n')).toHaveLength(2);
    const staffList = (await paris.moderator.get(`/admin/campaigns/${campaign.id}/projects`).expect(200)).body as ProjectsJson;
    expect(staffList.projects[0]!.title).toBe('=HYPERLINK("http://evil")');
  });
});

describe('the phase schedule', () => {
  const handlers = () => moduleJobHandlers(t.runtime.db, registry, t.runtime.modules);
  const advance = (payload: unknown) => withTenant(paris.id, () => handlers().find((h) => h.definition.name === advancePhaseJob.name)!.handle(payload as never, undefined as never));
  const queue = () => t.runtime.jobs.queue(advancePhaseJob.name);

  it('schedules one job per phase date, moves the campaign when its date comes, once, and follows a moved date', async () => {
    const campaign = await createCampaign(paris);
    const city = { name: paris.name, host: paris.host, defaultLocale: 'en' };
    const jobId = (phase: string, at: string) => `budget.advance-phase.${paris.id}.${campaign.id}.${phase}.${Date.parse(at)}`;
    const job = await queue().getJob(jobId('ideation', campaign.ideationAt));
    expect(job?.data).toMatchObject({ tenantId: paris.id, campaignId: campaign.id, phase: 'ideation', at: campaign.ideationAt });
    expect(Math.abs(job!.timestamp + job!.delay - (Date.parse(campaign.ideationAt) + 1000))).toBeLessThan(5000);
    // Saving the campaign again with the same dates adds no job; moving one date adds one.
    const same = { ...campaignBody({ areas: campaign.areas.map(({ id, name, kind, district, budget }) => ({ id, name, kind, district, budget })) }), ...cityDates(campaign) };
    const before = (await queue().getJobs(['delayed'])).length;
    await paris.admin.put(`/admin/campaigns/${campaign.id}`).send({ ...same, title: 'Renamed' }).expect(200);
    expect((await queue().getJobs(['delayed'])).length).toBe(before);
    await paris.admin.put(`/admin/campaigns/${campaign.id}`).send({ ...same, followUpAt: cityTime(9 * DAY) }).expect(200);
    expect((await queue().getJobs(['delayed'])).length).toBe(before + 1);
    const body = same;

    // Not before its date: the job fails and BullMQ retries later.
    await expect(advance({ tenantId: paris.id, campaignId: campaign.id, phase: 'ideation', at: campaign.ideationAt, city })).rejects.toThrow(/ran before/);

    // Dates now in the past, as if the time had come: the first delivery moves it, a second does nothing.
    const past = await paris.admin.put(`/admin/campaigns/${campaign.id}`).send({ ...body, ideationAt: cityTime(-3 * DAY), reviewAt: cityTime(-2 * DAY) }).expect(200);
    const moved = past.body.campaign as CampaignJson;
    const payload = { tenantId: paris.id, campaignId: campaign.id, phase: 'ideation', at: moved.ideationAt, city };
    // The real worker runs the jobs that are now due: ideation, then review (in either order, the campaign ends in review).
    await expect.poll(async () => (await paris.admin.get('/admin/campaigns').expect(200)).body.campaigns.find((c: CampaignJson) => c.id === campaign.id).phase, { timeout: 15_000 }).toBe('review');
    expect(await advance(payload)).toEqual({ skipped: 'already in review' });
    // The job for the ideation date it had before finds the date moved.
    expect(await advance({ ...payload, at: new Date(Date.parse(campaign.ideationAt) - 3 * DAY).toISOString() })).toMatchObject({ skipped: expect.stringMatching(/rescheduled|already/) });
    expect(await advance({ ...payload, at: new Date(Date.parse(moved.ideationAt) - 60_000).toISOString() })).toEqual({ skipped: 'rescheduled' });
    const changes = await withTenant(paris.id, () => t.runtime.db.budgetPhaseChange.findMany({ where: { tenantId: paris.id, campaignId: campaign.id }, orderBy: { at: 'asc' } }));
    expect(changes.map((c) => [c.fromPhase, c.toPhase, c.source])).toEqual(
      changes.length === 2 ? [['draft', 'ideation', 'schedule'], ['ideation', 'review', 'schedule']] : [['draft', 'review', 'schedule']],
    );
  });

  it('counts the results when the schedule closes the vote', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 700_000], [0, 400_000]]);
    for (const picks of [[ids[0]!], [ids[0]!], [ids[1]!]]) await (await resident(t, paris)).post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: picks }).expect(201);
    const body = campaignBody({ areas: campaign.areas.map(({ id, name, kind, district, budget }) => ({ id, name, kind, district, budget })) });
    const dates = { ideationAt: cityTime(-4 * DAY), reviewAt: cityTime(-3 * DAY), votingAt: cityTime(-2 * DAY), resultsAt: cityTime(-DAY), followUpAt: cityTime(30 * DAY) };
    const res = await paris.admin.put(`/admin/campaigns/${campaign.id}`).send({ ...body, ...dates }).expect(200);
    await expect.poll(async () => (await t.client(paris.host).get(`/api/m/budget/campaigns/${campaign.id}`).expect(200)).body.campaign.phase, { timeout: 15_000 }).toBe('results');
    const results = (await t.client(paris.host).get(`/api/m/budget/campaigns/${campaign.id}/results`).expect(200)).body as ResultsJson;
    expect(results.areas[0]!.projects.map((p) => [p.id, p.votes, p.funded])).toEqual([[ids[0], 2, true], [ids[1], 1, false]]);
    expect((res.body.campaign as CampaignJson).resultsAt).toBe(new Date(Date.parse((res.body.campaign as CampaignJson).resultsAt)).toISOString());
  });
});

describe('a resident’s data', () => {
  it('exports their proposals, ballots and follows; erasing keeps their ballots counted without their name', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 100_000], [0, 200_000]]);
    const voter = await resident(t, paris);
    const other = await resident(t, paris);
    await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: [ids[0]] }).expect(201);
    await other.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: [ids[0], ids[1]] }).expect(201);
    await voter.post(`/projects/${ids[1]}/follow`).expect(204);
    // A proposal of theirs in another campaign.
    const ideation = await createCampaign(paris, { preModeration: false });
    await movePhase(paris, ideation.id, 'ideation');
    const proposal = (await propose(voter, ideation, { title: 'Ma proposition' }).expect(201)).body.project as ProjectJson;

    const exported = (await withTenant(paris.id, () => budgetModule.privacy!.export!({ db: t.runtime.db, tenantId: paris.id, residentId: voter.account.id }))) as {
      proposals: { title: string }[];
      ballots: { area: string; projects: { id: string }[] }[];
      follows: { projectId: string }[];
    };
    expect(exported.proposals.map((p) => p.title)).toEqual(['Ma proposition']);
    expect(exported.ballots).toEqual([expect.objectContaining({ area: 'Tout Paris', projects: [{ id: ids[0], title: 'Project 100000' }] })]);
    expect(exported.follows.map((f) => f.projectId).sort()).toEqual([ids[1], proposal.id].sort());

    await voter.c.delete('/api/account', voter.csrf).send({ password: voter.account.password, confirm: 'DELETE' }).expect(204);
    const rows = await withTenant(paris.id, async () => ({
      ballots: await t.runtime.db.budgetBallot.findMany({ where: { tenantId: paris.id, campaignId: campaign.id }, include: { lines: true } }),
      follows: await t.runtime.db.budgetFollow.count({ where: { tenantId: paris.id, residentId: voter.account.id } }),
      proposal: await t.runtime.db.budgetProject.findFirst({ where: { tenantId: paris.id, id: proposal.id } }),
    }));
    expect(rows.ballots).toHaveLength(2);
    expect(rows.ballots.filter((b) => b.residentId === null)).toHaveLength(1);
    expect(rows.ballots.some((b) => b.residentId === voter.account.id)).toBe(false);
    expect(rows.follows).toBe(0);
    expect(rows.proposal).toMatchObject({ authorId: null, status: 'published', title: 'Ma proposition' });

    await movePhase(paris, campaign.id, 'results');
    const results = (await other.get(`/campaigns/${campaign.id}/results`).expect(200)).body as ResultsJson;
    expect(results.areas[0]!.projects.map((p) => [p.id, p.votes])).toEqual([[ids[0], 2], [ids[1], 1]]);
    // Erasing twice is harmless.
    await withTenant(paris.id, () => budgetModule.privacy!.erase!({ db: t.runtime.db, tenantId: paris.id, residentId: voter.account.id }));
  });
});
