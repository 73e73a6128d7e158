import type { LocalizedText } from '@civitas/module-sdk';
import { z } from 'zod';
import { AREA_RULES } from './eligibility.ts';
import { VOTING_METHODS } from './voting-rules.ts';

// The admin's settings form reads a localized title and description from the JSON Schema; zod's
// metadata type only knows strings, hence the one cast here.
const label = (title: LocalizedText, description: LocalizedText) => ({ title, description }) as unknown as { title: string; description: string };

/**
 * A city's settings: the rules a new campaign starts with (each campaign keeps its own copy, which
 * its admin may change until voting opens). Every field has a default.
 */
export const budgetSettings = z.object({
  votingMethod: z
    .enum(VOTING_METHODS)
    .default('knapsack')
    .meta(
      label(
        { en: 'Voting method', fr: 'Mode de vote', hu: 'Szavazási mód', es: 'Método de votación' },
        {
          en: 'approval: at most N projects per area; knapsack: total cost within the area’s budget; threshold: spend at least a share of the budget',
          fr: 'approval : au plus N projets par secteur ; knapsack : coût total dans le budget du secteur ; threshold : dépenser au moins une part du budget',
          hu: 'approval: területenként legfeljebb N projekt; knapsack: az összköltség a terület keretén belül; threshold: a keret legalább egy részének elköltése',
          es: 'approval: como máximo N proyectos por zona; knapsack: coste total dentro del presupuesto de la zona; threshold: gastar al menos una parte del presupuesto',
        },
      ),
    ),
  maxPicks: z
    .number()
    .int()
    .min(1)
    .max(50)
    .default(5)
    .meta(label({ en: 'Projects per ballot (approval)', fr: 'Projets par bulletin (approval)', hu: 'Projektek szavazólaponként (approval)', es: 'Proyectos por papeleta (approval)' }, { en: 'Used by approval voting', fr: 'Pour le vote par approbation', hu: 'Jóváhagyó szavazásnál', es: 'Para el voto por aprobación' })),
  thresholdPercent: z
    .number()
    .int()
    .min(1)
    .max(100)
    .default(70)
    .meta(label({ en: 'Minimum share of the budget (threshold), %', fr: 'Part minimale du budget (threshold), %', hu: 'A keret minimális része (threshold), %', es: 'Parte mínima del presupuesto (threshold), %' }, { en: 'Used by threshold voting', fr: 'Pour le vote à seuil', hu: 'Küszöbös szavazásnál', es: 'Para el voto con umbral' })),
  areaRule: z
    .enum(AREA_RULES)
    .default('city_and_own_district')
    .meta(
      label(
        { en: 'Areas a resident votes in', fr: 'Secteurs où vote un habitant', hu: 'Területek, ahol a lakó szavaz', es: 'Zonas en las que vota un vecino' },
        {
          en: 'city_and_own_district: the whole city and their own district; one_area: any one area',
          fr: 'city_and_own_district : toute la ville et son propre quartier ; one_area : un seul secteur au choix',
          hu: 'city_and_own_district: az egész város és a saját kerület; one_area: egyetlen, szabadon választott terület',
          es: 'city_and_own_district: toda la ciudad y su propio distrito; one_area: una sola zona a elegir',
        },
      ),
    ),
  preModeration: z
    .boolean()
    .default(true)
    .meta(label({ en: 'Moderate proposals before publishing', fr: 'Modérer les propositions avant publication', hu: 'Javaslatok moderálása közzététel előtt', es: 'Moderar las propuestas antes de publicarlas' }, { en: 'Off: proposals appear at once', fr: 'Désactivé : les propositions paraissent aussitôt', hu: 'Kikapcsolva: a javaslatok azonnal megjelennek', es: 'Desactivado: las propuestas aparecen al instante' })),
  minimumAge: z
    .number()
    .int()
    .min(0)
    .max(120)
    .default(0)
    .meta(label({ en: 'Minimum age to vote', fr: 'Âge minimum pour voter', hu: 'Szavazás alsó korhatára', es: 'Edad mínima para votar' }, { en: '0: no minimum', fr: '0 : pas de minimum', hu: '0: nincs korhatár', es: '0: sin mínimo' })),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR or HUF')
    .default('EUR')
    .meta(label({ en: 'Currency', fr: 'Devise', hu: 'Pénznem', es: 'Moneda' }, { en: 'ISO code, e.g. EUR or HUF', fr: 'Code ISO, par ex. EUR ou HUF', hu: 'ISO-kód, pl. EUR vagy HUF', es: 'Código ISO, p. ej. EUR o HUF' })),
});

export type BudgetSettings = z.infer<typeof budgetSettings>;
