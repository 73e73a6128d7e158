import { type AppClient, withTenant } from '@civitas/db';
import type { JobQueues } from '@civitas/jobs';
import { createCampaign, listCampaigns, setPhase } from './campaigns-repository.ts';
import { createProposal, updateProject } from './projects-repository.ts';
import { schedulePhases } from './schedule-phases.ts';

const DAY = 24 * 3600_000;

/** The demo city, as the seed knows it. */
export interface DemoCity {
  tenantId: string;
  slug: string;
  name: string;
  /** Primary host, for the emails' links. */
  host: string;
  defaultLocale: string;
  districts: string[];
}

interface DemoCopy {
  title: string;
  description: string;
  currency: string;
  cityArea: string;
  cityBudget: number;
  districtBudget: number;
  cityProjects: [title: string, description: string, address: string, cost: number][];
  districtProjects: (district: string) => [title: string, description: string, address: string, cost: number][];
}

const copies: Record<string, DemoCopy> = {
  paris: {
    title: 'Budget participatif 2027',
    description: 'Les Parisiennes et les Parisiens décident de l’usage de 5 % du budget d’investissement. Votez pour tout Paris et pour votre arrondissement.',
    currency: 'EUR',
    cityArea: 'Tout Paris',
    cityBudget: 5_000_000,
    districtBudget: 1_000_000,
    cityProjects: [
      ['Des fontaines à boire dans tous les parcs', 'Cent fontaines d’eau potable réparties dans les parcs et jardins.', 'Parcs et jardins de Paris', 1_800_000],
      ['Pistes cyclables protégées sur les quais', 'Séparer les vélos de la circulation sur les quais hauts.', 'Quais de Seine', 3_200_000],
      ['Cours d’école oasis', 'Végétaliser dix cours d’école, ouvertes au quartier le week-end.', 'Écoles élémentaires', 2_500_000],
      ['Bancs et ombre pour les aînés', 'Des bancs tous les 200 m et des arbres sur les grands axes.', 'Grands boulevards', 900_000],
    ],
    districtProjects: (d) => [
      [`Jardin partagé (${d})`, 'Un jardin partagé avec composteur, géré par une association du quartier.', `Square du ${d}`, 250_000],
      [`Rue aux écoles (${d})`, 'Piétonniser la rue devant l’école aux heures d’entrée et de sortie.', `Rue de l’école, ${d}`, 400_000],
      [`Boîte à livres et lampadaires (${d})`, 'Une boîte à livres et un meilleur éclairage sur la place.', `Place principale, ${d}`, 120_000],
    ],
  },
  budapest: {
    title: 'Közösségi költségvetés 2027',
    description: 'A budapestiek döntenek a fővárosi fejlesztési keret egy részéről. Szavazzon az egész városra és a saját kerületére.',
    currency: 'HUF',
    cityArea: 'Egész Budapest',
    cityBudget: 1_000_000_000,
    districtBudget: 150_000_000,
    cityProjects: [
      ['Ivókutak a Duna-parton', 'Húsz új ivókút a pesti és a budai rakparton.', 'Duna-part', 180_000_000],
      ['Biztonságos kerékpárút a Nagykörúton', 'Fizikailag elválasztott kerékpársáv a Nagykörút teljes hosszán.', 'Nagykörút', 650_000_000],
      ['Árnyékot adó fák a tereken', 'Kétszáz új fa a belvárosi tereken, öntözőrendszerrel.', 'Belvárosi terek', 320_000_000],
      ['Akadálymentes megállók', 'Tíz villamosmegálló akadálymentesítése.', 'Villamosmegállók', 400_000_000],
    ],
    districtProjects: (d) => [
      [`Közösségi kert (${d})`, 'Közösségi kert komposztálóval, egy helyi egyesület gondozásában.', `Park, ${d}`, 40_000_000],
      [`Iskolautca (${d})`, 'Az iskola előtti utca lezárása az autóforgalom elől érkezéskor és távozáskor.', `Iskola utca, ${d}`, 60_000_000],
      [`Könyvmegálló és közvilágítás (${d})`, 'Könyvmegálló és jobb világítás a főtéren.', `Főtér, ${d}`, 25_000_000],
    ],
  },
};

/**
 * A demo campaign in its voting phase, so a visitor can vote at once: the whole city and the first
 * three districts, each with projects already reviewed and on the ballot. Does nothing if the city
 * already has a campaign of that title (the seed may run again).
 */
export async function seedDemoCampaign(deps: { db: AppClient; jobs?: Pick<JobQueues, 'enqueue'> }, city: DemoCity) {
  const copy = copies[city.slug] ?? copies.paris!;
  return withTenant(city.tenantId, async () => {
    if ((await listCampaigns(deps.db, { drafts: true })).some((c) => c.title === copy.title)) return null;
    const now = Date.now();
    const at = (days: number) => new Date(now + days * DAY);
    const districts = city.districts.slice(0, 3);
    const campaign = await deps.db.$transaction(async (tx) => {
      const created = await createCampaign(tx, {
        title: copy.title,
        description: copy.description,
        currency: copy.currency,
        votingMethod: 'knapsack',
        maxPicks: 5,
        thresholdPercent: 70,
        areaRule: 'city_and_own_district',
        preModeration: true,
        minimumAge: 0,
        ideationAt: at(-40),
        reviewAt: at(-20),
        votingAt: at(-2),
        resultsAt: at(21),
        followUpAt: at(60),
        areas: [
          { name: copy.cityArea, kind: 'city' as const, district: null, budget: copy.cityBudget, position: 0 },
          ...districts.map((d, i) => ({ name: d, kind: 'district' as const, district: d, budget: copy.districtBudget, position: i + 1 })),
        ],
      });
      for (const [i, area] of created.areas.entries()) {
        const projects = i === 0 ? copy.cityProjects : copy.districtProjects(area.name);
        for (const [title, description, address, cost] of projects) {
          const p = await createProposal(tx, created.id, null, { areaId: area.id, title, description, address, estimatedCost: cost, latitude: null, longitude: null }, true);
          await updateProject(tx, p.id, { feasibility: 'feasible', finalCost: BigInt(cost), eligible: true });
        }
      }
      await setPhase(tx, created.id, 'draft', 'voting', 'schedule');
      return created;
    });
    if (deps.jobs) await schedulePhases(deps.jobs.enqueue.bind(deps.jobs), campaign, { name: city.name, host: city.host, defaultLocale: city.defaultLocale }, new Date(now));
    return campaign.id;
  });
}
