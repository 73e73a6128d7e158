import { withTenant } from '@civitas/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { follow } from './follows-repository.ts';
import { putImage } from './images-repository.ts';
import { createProposal, listProjects, mergeProjects, updateProject } from './projects-repository.ts';
import { listResidentProjects } from './resident-projects.ts';
import { projectsJson } from './route-helpers.ts';
import { type City, cityWithBudget, createCampaign, movePhase, openBudgetApp, resident, type TestApp } from './test-kit.ts';

// The resident project list is one SQL statement (resident-projects.ts) while every other read of a
// project goes through the ORM and `toProjectJson`. These tests hold the two equal, viewer by viewer,
// over a campaign holding every kind of project a resident can meet.

let t: TestApp;
let paris: City;
let budapest: City;

beforeAll(async () => {
  t = await openBudgetApp();
  [paris, budapest] = [await cityWithBudget(t), await cityWithBudget(t)];
});

afterAll(async () => {
  await t?.close();
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a49444154789c6300010000050001', 'hex');

/** The ORM path: what the list route answered before it became one statement. */
const throughOrm = (city: { id: string }, campaignId: string, residentId: string | null) =>
  withTenant(city.id, async () => projectsJson(t.runtime.db, await listProjects(t.runtime.db, campaignId, { residentId }), residentId));

const throughSql = (city: { id: string }, campaignId: string, residentId: string | null) =>
  withTenant(city.id, () => listResidentProjects(t.runtime.db, campaignId, residentId));

describe('the resident project list in one statement', () => {
  it('answers exactly what the ORM path answers, for a visitor and for each resident', async () => {
    const campaign = await createCampaign(paris);
    await movePhase(paris, campaign.id, 'ideation');
    const [ana, bela] = [await resident(t, paris), await resident(t, paris)];
    const area = campaign.areas[0]!.id;
    const proposal = (title: string, authorId: string | null, published: boolean, over: { latitude?: number | null } = {}) =>
      createProposal(t.runtime.db, campaign.id, authorId, { areaId: area, title, description: `${title}, described.`, estimatedCost: 10_000, address: '1 place de la Mairie', latitude: null, longitude: null, ...over }, published);

    await withTenant(paris.id, async () => {
      const garden = await proposal('Jardin partagé', ana.account.id, true, { latitude: 48.85 });
      await proposal('Pending idea of Ana', ana.account.id, false);
      const rejected = await proposal('Rejected idea of Béla', bela.account.id, false);
      await updateProject(t.runtime.db, rejected.id, { status: 'rejected', moderationNote: 'Outside the city’s remit.' });
      const benchA = await proposal('Bancs rue A', bela.account.id, true);
      const benchB = await proposal('Bancs rue B', null, true);
      await follow(t.runtime.db, benchA.id, ana.account.id);
      const merged = await mergeProjects(t.runtime.db, campaign.id, { projectIds: [benchA.id, benchB.id], areaId: area, title: 'Des bancs', description: 'Des bancs dans le quartier.', estimatedCost: 30_000, address: 'Rue A et rue B' });
      await updateProject(t.runtime.db, merged.id, { feasibility: 'feasible', finalCost: 28_500n, eligible: true, feasibilityNote: 'Costed by the roads team.' });
      await follow(t.runtime.db, garden.id, bela.account.id);
      await follow(t.runtime.db, garden.id, ana.account.id);
      await putImage(t.runtime.db, garden.id, 'image/png', PNG);
    });

    for (const viewer of [null, ana.account.id, bela.account.id]) {
      const sql = await throughSql(paris, campaign.id, viewer);
      expect(sql).toEqual(await throughOrm(paris, campaign.id, viewer));
      // What each viewer sees differs, so equality above compares something.
      expect(sql!.map((p) => p.title)).toEqual(
        ['Jardin partagé', ...(viewer === ana.account.id ? ['Pending idea of Ana'] : []), ...(viewer === bela.account.id ? ['Rejected idea of Béla'] : []), 'Bancs rue A', 'Bancs rue B', 'Des bancs'],
      );
    }
    const forAna = (await throughSql(paris, campaign.id, ana.account.id))!;
    expect(forAna.find((p) => p.title === 'Jardin partagé')).toMatchObject({ yours: true, following: true, followers: 2, hasImage: true, latitude: 48.85 });
    expect(forAna.find((p) => p.title === 'Bancs rue A')).toMatchObject({ status: 'merged', mergedIntoTitle: 'Des bancs', yours: false, following: true });
    expect(forAna.find((p) => p.title === 'Des bancs')).toMatchObject({ cost: 28_500, finalCost: 28_500, estimatedCost: 30_000, mergedFrom: [{ title: 'Bancs rue A' }, { title: 'Bancs rue B' }], following: true });
  });

  it('answers nothing for a draft campaign, an unknown one, or one of another city', async () => {
    const draft = await createCampaign(paris);
    expect(await throughSql(paris, draft.id, null)).toBeNull();
    expect(await throughSql(paris, crypto.randomUUID(), null)).toBeNull();
    const open = await createCampaign(paris);
    await movePhase(paris, open.id, 'ideation');
    expect(await throughSql(paris, open.id, null)).toEqual([]);
    // Budapest's scope over Paris's campaign id: row-level security and the tenant filter both hide it.
    expect(await throughSql(budapest, open.id, null)).toBeNull();
    await budapest.admin.get(`/campaigns/${open.id}/projects`).expect(404);
  });
});
