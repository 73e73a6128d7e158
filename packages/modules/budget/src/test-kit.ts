// Helpers for this module's integration tests: cities with the module on, signed-in sessions,
// campaigns built through the admin API and projects from the repositories (factories, not the demo seed).
import { withTenant } from '@civitas/db';
import { createModuleRegistry } from '@civitas/module-sdk';
import { setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import { makeResident, makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import type { CampaignJson, ProjectJson } from './budget-api-types.ts';
import { dateToCityTime } from '@civitas/module-sdk/time';
import { budgetModule } from './module.ts';
import { createProposal, updateProject } from './projects-repository.ts';

export const API = '/api/m/budget';
export const registry = createModuleRegistry([budgetModule]);
export type TestApp = Awaited<ReturnType<typeof openTestApp>>;
export type Session = Awaited<ReturnType<typeof session>>;
export type City = Awaited<ReturnType<typeof cityWithBudget>>;

export const DAY = 24 * 3600_000;
export const PARIS_DISTRICTS = ['1er arrondissement', '2e arrondissement', '3e arrondissement'];

/** The whole platform with only this module installed; the module's own emails go to the test SMTP server. */
export async function openBudgetApp() {
  const t = await openTestApp(process.env.BUDGET_TEST_LOG ? { LOG_LEVEL: process.env.BUDGET_TEST_LOG } : {}, registry);
  // The module's mail transport reads SMTP_URL from the environment (see budget-mail.ts).
  process.env.SMTP_URL = t.smtp.url;
  await shareModuleAsPlatform(t.runtime.platformDb, 'budget', 'test');
  return t;
}

/** A client on the city's host, signed in or not; writes carry the session's CSRF token. */
export async function session(t: TestApp, host: string, signInAs?: { kind: 'staff' | 'resident'; account: { email: string; password: string } }) {
  const c = t.client(host);
  if (signInAs) await c.post(`/api/auth/${signInAs.kind}/sign-in`, await c.csrf()).send(signInAs.account).expect(200);
  const csrf = await c.csrf();
  return {
    c,
    csrf,
    get: (path: string) => c.get(`${API}${path}`),
    post: (path: string) => c.post(`${API}${path}`, csrf),
    put: (path: string) => c.put(`${API}${path}`, csrf),
    delete: (path: string) => c.delete(`${API}${path}`, csrf),
  };
}

/** A city (with districts) whose plan includes the module and whose admin has switched it on. */
export async function cityWithBudget(t: TestApp, options: { enabled?: boolean; districts?: string[] } = {}) {
  const db = t.runtime.platformDb;
  const city = await makeTenant(db);
  // Before the first request, so the host cache never holds the city without its districts.
  await db.tenant.update({ where: { id: city.id }, data: { districts: options.districts ?? PARIS_DISTRICTS } });
  await setEntitlements(db, city.id, ['budget'], 'test');
  const admin = await session(t, city.host, { kind: 'staff', account: await makeStaff(db, city.id, 'admin') });
  if (options.enabled !== false) await admin.c.post('/api/admin/modules/budget/enable', admin.csrf).send({}).expect(200);
  const moderator = await session(t, city.host, { kind: 'staff', account: await makeStaff(db, city.id, 'moderator') });
  return { ...city, admin, moderator };
}

/** A resident of the city, verified unless told otherwise, with a district and a birth year. */
export async function resident(t: TestApp, city: { id: string; host: string }, profile: { district?: string | null; birthYear?: number | null; verified?: boolean } = {}) {
  const account = await makeResident(t.runtime.platformDb, city.id);
  await t.runtime.platformDb.resident.update({
    where: { tenantId_id: { tenantId: city.id, id: account.id } },
    data: { district: profile.district ?? null, birthYear: profile.birthYear === undefined ? 1985 : profile.birthYear, ...(profile.verified === false ? { emailVerifiedAt: null } : {}) },
  });
  return { ...(await session(t, city.host, { kind: 'resident', account })), account };
}

export const cityTime = (offsetMs: number) => dateToCityTime(new Date(Date.now() + offsetMs), 'Europe/Paris');

/** A campaign body: dates a day apart from tomorrow, the whole city and the first two districts. */
export function campaignBody(over: Record<string, unknown> = {}) {
  return {
    title: 'Budget participatif 2027',
    description: 'Vos idées pour Paris.',
    ideationAt: cityTime(DAY),
    reviewAt: cityTime(2 * DAY),
    votingAt: cityTime(3 * DAY),
    resultsAt: cityTime(4 * DAY),
    followUpAt: cityTime(5 * DAY),
    votingMethod: 'knapsack',
    areaRule: 'city_and_own_district',
    areas: [
      { name: 'Tout Paris', kind: 'city', budget: 1_000_000 },
      { name: '1er arrondissement', kind: 'district', district: '1er arrondissement', budget: 500_000 },
      { name: '2e arrondissement', kind: 'district', district: '2e arrondissement', budget: 500_000 },
    ],
    ...over,
  };
}

export async function createCampaign(city: City, over: Record<string, unknown> = {}) {
  const res = await city.admin.post('/admin/campaigns').send(campaignBody(over));
  if (res.status !== 201) throw new Error(`campaign not created: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.campaign as CampaignJson;
}

export async function movePhase(city: City, campaignId: string, phase: string) {
  const res = await city.admin.post(`/admin/campaigns/${campaignId}/phase`).send({ phase });
  if (res.status !== 200) throw new Error(`phase not moved: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.campaign as CampaignJson;
}

/** A project on the ballot (published, feasible, costed, eligible), made through the repositories. */
export async function ballotProject(t: TestApp, city: { id: string }, campaign: CampaignJson, areaIndex: number, cost: number, title = `Project ${cost}`) {
  return withTenant(city.id, async () => {
    const authorId = crypto.randomUUID();
    const p = await createProposal(t.runtime.db, campaign.id, authorId, { areaId: campaign.areas[areaIndex]!.id, title, description: 'A project for the test.', estimatedCost: cost, address: 'Place de l’Hôtel de Ville', latitude: null, longitude: null }, true);
    await updateProject(t.runtime.db, p.id, { feasibility: 'feasible', finalCost: BigInt(cost), eligible: true });
    return p.id;
  });
}

/** A campaign in its voting phase with the given projects (area index, cost) on the ballot. */
export async function votingCampaign(t: TestApp, city: City, projects: [area: number, cost: number][], over: Record<string, unknown> = {}) {
  const campaign = await createCampaign(city, over);
  await movePhase(city, campaign.id, 'review');
  const ids: string[] = [];
  for (const [area, cost] of projects) ids.push(await ballotProject(t, city, campaign, area, cost));
  return { campaign: await movePhase(city, campaign.id, 'voting'), ids };
}

export type { ProjectJson };
