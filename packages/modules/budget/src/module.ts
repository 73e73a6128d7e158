import { defineModule } from '@civitas/module-sdk';
import { advancePhaseHandler } from './advance-phase-job.ts';
import { confirmBallotsHandler } from './confirm-ballots-job.ts';
import { budgetPrivacy } from './budget-privacy.ts';
import { sweepBudget } from './sweep-budget.ts';
import { createBudgetRouter } from './budget-router.ts';
import { budgetSettings } from './budget-settings.ts';
import { notifyFollowersHandler } from './notify-followers-job.ts';
import { notifyResultsHandler } from './notify-results-job.ts';

/** Participatory budget: residents propose, staff review, residents vote within a budget, built by Paris. */
export const budgetModule = defineModule({
  id: 'budget',
  version: '1.0.0',
  name: { en: 'Participatory budget', fr: 'Budget participatif', hu: 'Részvételi költségvetés', es: 'Presupuesto participativo' },
  description: {
    en: 'Residents propose projects for their city and their district, staff check what is feasible and what it costs, and residents vote within each area’s budget. The budget rule is enforced on every ballot, the results are counted by votes within the money available, and the winners are followed until they are delivered.',
    fr: 'Les habitants proposent des projets pour leur ville et leur quartier, les services vérifient leur faisabilité et leur coût, puis les habitants votent dans le budget de chaque secteur. La règle budgétaire s’applique à chaque bulletin, les résultats sont calculés selon les voix dans la limite de l’enveloppe, et les lauréats sont suivis jusqu’à leur réalisation.',
    hu: 'A lakók projekteket javasolnak a városnak és a kerületüknek, a hivatal megvizsgálja a megvalósíthatóságot és a költségeket, majd a lakók az egyes területek keretén belül szavaznak. A költségvetési szabály minden szavazólapra érvényes, az eredmény a szavazatok alapján, a rendelkezésre álló összegen belül születik, a nyertes projekteket pedig a megvalósulásig követjük.',
    es: 'Los vecinos proponen proyectos para su ciudad y su distrito, el ayuntamiento comprueba su viabilidad y su coste, y los vecinos votan dentro del presupuesto de cada zona. La regla presupuestaria se aplica a cada papeleta, los resultados se calculan por votos dentro del dinero disponible y los proyectos ganadores se siguen hasta su ejecución.',
  },
  author: 'paris',
  category: 'participation',
  dependsOn: {},
  settings: budgetSettings,
  permissions: [
    {
      id: 'budget.moderate',
      description: {
        en: 'Moderate and merge proposals, review feasibility and cost, put projects on the ballot, track delivery, see the live vote and export it',
        fr: 'Modérer et regrouper les propositions, instruire faisabilité et coût, soumettre les projets au vote, suivre leur réalisation, voir le vote en direct et l’exporter',
        hu: 'Javaslatok moderálása és összevonása, megvalósíthatóság és költség vizsgálata, projektek szavazólapra tétele, megvalósítás követése, az élő szavazás megtekintése és exportálása',
        es: 'Moderar y unir propuestas, evaluar viabilidad y coste, llevar proyectos a votación, seguir su ejecución, ver la votación en directo y exportarla',
      },
      defaultRoles: ['moderator', 'admin'],
    },
    {
      id: 'budget.configure',
      description: {
        en: 'Create and configure campaigns: areas, budgets, voting rules and dates; move phases by hand',
        fr: 'Créer et configurer les campagnes : secteurs, budgets, règles de vote et dates ; changer de phase manuellement',
        hu: 'Kampányok létrehozása és beállítása: területek, keretek, szavazási szabályok és időpontok; szakaszváltás kézzel',
        es: 'Crear y configurar campañas: zonas, presupuestos, reglas de votación y fechas; cambiar de fase a mano',
      },
      defaultRoles: ['admin'],
    },
  ],
  tables: [
    'budget_campaigns',
    'budget_areas',
    'budget_projects',
    'budget_images',
    'budget_follows',
    'budget_ballots',
    'budget_ballot_lines',
    'budget_results',
    'budget_phase_changes',
    'budget_mail_log',
  ],
  changelog: [
    {
      version: '1.0.0',
      date: '2026-11-27',
      notes: {
        en: 'First release: campaigns with areas, budgets and dated phases; proposals, moderation, merging and review; approval, knapsack and threshold voting checked on every ballot; greedy results; delivery tracking with emails to followers; live dashboard and CSV exports.',
        fr: 'Première version : campagnes avec secteurs, budgets et phases datées ; propositions, modération, regroupement et instruction ; vote par approbation, sac à dos et seuil vérifié sur chaque bulletin ; résultats gloutons ; suivi de réalisation avec courriels aux abonnés ; tableau de bord en direct et exports CSV.',
        hu: 'Első kiadás: kampányok területekkel, keretekkel és ütemezett szakaszokkal; javaslatok, moderálás, összevonás és vizsgálat; jóváhagyó, hátizsák- és küszöbös szavazás minden szavazólapon ellenőrizve; mohó eredményszámítás; megvalósításkövetés e-mail-értesítéssel; élő irányítópult és CSV-export.',
        es: 'Primera versión: campañas con zonas, presupuestos y fases con fechas; propuestas, moderación, unión y evaluación; voto por aprobación, mochila y umbral comprobado en cada papeleta; resultados voraces; seguimiento de la ejecución con correos a los seguidores; panel en directo y exportaciones CSV.',
      },
    },
  ],
  api: createBudgetRouter,
  navigation: [{ path: '', label: { en: 'Participatory budget', fr: 'Budget participatif', hu: 'Részvételi költségvetés', es: 'Presupuesto participativo' } }],
  jobs: ({ db }) => [advancePhaseHandler(db), confirmBallotsHandler(db), notifyFollowersHandler(db), notifyResultsHandler(db)],
  privacy: budgetPrivacy,
  sweep: sweepBudget,
  // No lifecycle hooks: nothing to set up; switching off keeps every campaign and ballot.
  hooks: {},
});
