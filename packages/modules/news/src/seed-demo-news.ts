import { type AppClient, withTenant } from '@civitas/db';
import { entryInput } from './news-input.ts';
import { createEntry, findBySlug, publishNow, scheduleEntry } from './news-repository.ts';

type Texts = Record<string, { title: string; summary?: string; body: string }>;
interface DemoEntry {
  kind: 'post' | 'page';
  slug: string;
  navOrder?: number;
  /** Days from now: published that long ago (negative), or scheduled for then (positive). */
  days: number;
  translations: Texts;
}

const copies: Record<string, { author: string; entries: DemoEntry[] }> = {
  paris: {
    author: 'Service de la communication',
    entries: [
      {
        kind: 'post',
        slug: 'budget-participatif-vote-ouvert',
        days: -2,
        translations: {
          fr: {
            title: 'Le vote du budget participatif est ouvert',
            summary: 'Choisissez jusqu’à cinq projets pour Paris et votre arrondissement.',
            body: '<p>Le vote du <strong>budget participatif</strong> est ouvert. Choisissez jusqu’à cinq projets pour Paris et pour votre arrondissement, dans la limite de l’enveloppe de chaque secteur.</p><h2>Comment voter</h2><ol><li>Connectez-vous à votre compte.</li><li>Composez votre bulletin.</li><li>Confirmez votre vote.</li></ol>',
          },
          en: {
            title: 'Voting in the participatory budget is open',
            summary: 'Choose up to five projects for Paris and your arrondissement.',
            body: '<p>Voting in the <strong>participatory budget</strong> is open. Choose up to five projects for Paris and for your arrondissement, within each area’s budget.</p><h2>How to vote</h2><ol><li>Sign in to your account.</li><li>Fill in your ballot.</li><li>Confirm your vote.</li></ol>',
          },
        },
      },
      {
        kind: 'post',
        slug: 'fermeture-berges-de-seine',
        days: -5,
        translations: {
          fr: {
            title: 'Fermeture temporaire des berges de Seine',
            summary: 'Les voies sur berge rive droite sont fermées du 8 au 12 décembre pour entretien.',
            body: '<p>Les voies sur berge rive droite sont fermées à la circulation du 8 au 12 décembre pour des travaux d’entretien. Les piétons et les cyclistes peuvent emprunter le quai haut.</p><blockquote>Merci de votre compréhension.</blockquote>',
          },
        },
      },
      {
        kind: 'post',
        slug: 'marche-de-noel-hotel-de-ville',
        days: -9,
        translations: {
          fr: { title: 'Le marché de Noël de l’Hôtel de Ville ouvre ses portes', summary: 'Artisans et producteurs d’Île-de-France sur le parvis jusqu’au 31 décembre.', body: '<p>Artisans et producteurs d’Île-de-France vous attendent sur le parvis de l’Hôtel de Ville, tous les jours de 11 h à 21 h, jusqu’au 31 décembre.</p>' },
          en: { title: 'The Hôtel de Ville Christmas market opens', summary: 'Makers and growers from the Île-de-France region on the square until 31 December.', body: '<p>Makers and growers from the Île-de-France region welcome you on the square of the Hôtel de Ville, every day from 11 am to 9 pm, until 31 December.</p>' },
        },
      },
      {
        kind: 'post',
        slug: 'collecte-des-sapins',
        days: 20,
        translations: {
          fr: { title: 'Collecte des sapins de Noël', summary: 'Déposez votre sapin dans l’un des points de collecte de votre arrondissement.', body: '<p>Du 2 au 20 janvier, déposez votre sapin (sans décoration ni sac) dans l’un des points de collecte de votre arrondissement. Il sera broyé et transformé en paillage pour les parcs.</p>' },
          en: { title: 'Christmas tree collection', summary: 'Leave your tree at one of the collection points of your arrondissement.', body: '<p>From 2 to 20 January, leave your tree (without decorations or a bag) at one of the collection points of your arrondissement. It will be shredded into mulch for the parks.</p>' },
        },
      },
      {
        kind: 'page',
        slug: 'horaires-des-mairies',
        navOrder: 0,
        days: -30,
        translations: {
          fr: { title: 'Horaires des mairies d’arrondissement', body: '<p>Les mairies d’arrondissement sont ouvertes du lundi au vendredi de 8 h 30 à 17 h, et le jeudi jusqu’à 19 h 30.</p>' },
          en: { title: 'Opening hours of the town halls', body: '<p>The arrondissement town halls are open Monday to Friday from 8.30 am to 5 pm, and until 7.30 pm on Thursdays.</p>' },
        },
      },
      {
        kind: 'page',
        slug: 'accessibilite',
        navOrder: 1,
        days: -30,
        translations: {
          fr: { title: 'Accessibilité du site', body: '<p>Ce portail vise la conformité au RGAA. Pour signaler un problème d’accès, écrivez à <a href="mailto:accessibilite@paris.localhost">accessibilite@paris.localhost</a>.</p>' },
        },
      },
    ],
  },
  baltimore: {
    author: 'Mayor’s Office of Communications',
    entries: [
      {
        kind: 'post',
        slug: 'snow-emergency-plan',
        days: -1,
        translations: {
          en: { title: 'Snow emergency plan in effect', summary: 'Move cars off snow emergency routes by 6 pm.', body: '<p>A snow emergency plan is in effect. Move vehicles off marked <strong>snow emergency routes</strong> by 6 pm, or they may be towed.</p>' },
          es: { title: 'Plan de emergencia por nieve en vigor', summary: 'Retire los coches de las rutas de emergencia antes de las 6 pm.', body: '<p>Está en vigor un plan de emergencia por nieve. Retire los vehículos de las <strong>rutas de emergencia por nieve</strong> señalizadas antes de las 6 pm, o podrán ser remolcados.</p>' },
        },
      },
      {
        kind: 'post',
        slug: 'library-hours-holidays',
        days: -6,
        translations: {
          en: { title: 'Library hours over the holidays', summary: 'Branches close early on 24 and 31 December.', body: '<p>All Enoch Pratt Free Library branches close at 2 pm on 24 and 31 December and are closed on 25 December and 1 January.</p>' },
        },
      },
      {
        kind: 'page',
        slug: 'contact-311',
        navOrder: 0,
        days: -30,
        translations: {
          en: { title: 'Reaching 311', body: '<p>Call <a href="tel:311">311</a> for city services, any time of day.</p>' },
          es: { title: 'Cómo contactar con el 311', body: '<p>Llame al <a href="tel:311">311</a> para los servicios municipales, a cualquier hora.</p>' },
        },
      },
    ],
  },
};

/** A few posts and pages for a demo city, written through the module's own input rules. Safe to run again. */
export async function seedDemoNews(db: AppClient, city: { tenantId: string; slug: string; locales: string[]; defaultLocale: string }) {
  const copy = copies[city.slug];
  if (!copy) return 0;
  return withTenant(city.tenantId, async () => {
    let created = 0;
    for (const e of copy.entries) {
      if (await findBySlug(db, e.kind, e.slug)) continue;
      const input = entryInput(city).parse({ kind: e.kind, slug: e.slug, navOrder: e.navOrder ?? null, translations: e.translations });
      const at = new Date(Date.now() + e.days * 24 * 3600 * 1000);
      await db.$transaction(async (tx) => {
        const row = await createEntry(tx, input, { id: null, name: copy.author });
        if (e.days > 0) await scheduleEntry(tx, row.id, at);
        else await publishNow(tx, row.id, at);
      });
      created++;
    }
    return created;
  });
}
