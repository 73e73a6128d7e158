import { enqueueSweeps } from '@civitas/module-host';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignJson } from './budget-api-types.ts';
import { type City, cityWithBudget, createCampaign, openBudgetApp, resident, type TestApp, votingCampaign } from './test-kit.ts';

// Redis keeps nothing across a restart here: these tests throw the budget's delayed jobs away, as a
// restart would, and show the platform's sweep doing what they would have done, from PostgreSQL alone.

let t: TestApp;
let paris: City;

beforeAll(async () => {
  t = await openBudgetApp();
  paris = await cityWithBudget(t);
});

afterAll(async () => {
  if (!t) return;
  for (const name of ['budget.advance-phase', 'budget.confirm-ballots', 'modules.sweep', 'modules.lifecycle']) await t.runtime.jobs.queue(name).obliterate({ force: true });
  await t.close();
});

const lose = (queue: string) => t.runtime.jobs.queue(queue).obliterate({ force: true });

describe('the budget sweep', () => {
  it('moves a campaign into the phase whose date has come when its delayed job was lost', async () => {
    const campaign = await createCampaign(paris);
    await lose('budget.advance-phase');
    // Its ideation date comes while Redis has lost the job that was waiting for it.
    await t.runtime.platformDb.$executeRaw`UPDATE budget_campaigns SET "ideationAt" = now() - interval '1 minute' WHERE id = ${campaign.id}::uuid`;
    t.startWorker();
    const phase = async () => ((await paris.admin.get('/admin/campaigns').expect(200)).body.campaigns as CampaignJson[]).find((c) => c.id === campaign.id)!.phase;
    expect(await phase()).toBe('draft');
    await enqueueSweeps(t.runtime, Date.now());
    await expect.poll(phase, { timeout: 15_000 }).toBe('ideation');
    // The later phases have their jobs back, waiting for their dates.
    const delayed = await t.runtime.jobs.queue('budget.advance-phase').getDelayed();
    expect(delayed.filter((j) => j.data.campaignId === campaign.id).map((j) => j.data.phase).sort()).toEqual(['follow_up', 'results', 'review', 'voting']);
  });

  it('confirms a ballot whose confirmation job was lost, once', async () => {
    const { campaign, ids } = await votingCampaign(t, paris, [[0, 100_000]]);
    const voter = await resident(t, paris, { district: '1er arrondissement' });
    await voter.post(`/campaigns/${campaign.id}/ballots`).send({ areaId: campaign.areas[0]!.id, projectIds: ids }).expect(201);
    await lose('budget.confirm-ballots');
    // A minute and more later, still unconfirmed: the sweep sends the confirmation.
    await t.runtime.platformDb.$executeRaw`UPDATE budget_ballots SET "submittedAt" = now() - interval '2 minutes' WHERE "campaignId" = ${campaign.id}::uuid`;
    t.startWorker();
    // The next interval's sweep (the first test's has run in this one).
    await enqueueSweeps(t.runtime, Date.now() + 60_000);
    const mail = await t.smtp.waitFor((m) => m.to.includes(voter.account.email), 15_000);
    expect(mail.text).toContain('Project 100000');
    // The next sweep finds nothing left to confirm.
    await enqueueSweeps(t.runtime, Date.now() + 120_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(t.smtp.messages.filter((m) => m.to.includes(voter.account.email))).toHaveLength(1);
  });
});
