import { z } from 'zod';
import type { BudgetSettings } from './budget-settings.ts';
import { cityTimeToDate } from '@civitas/module-sdk/time';
import { AREA_RULES } from './eligibility.ts';
import { MAX_MONEY } from './money.ts';
import { PHASE_STARTS, type PhaseDates, SCHEDULED_PHASES } from './phases.ts';
import { VOTING_METHODS } from './voting-rules.ts';

const cityTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and time like 2027-03-01T09:00');
export const money = z.number('Enter an amount in whole units').int('Enter an amount in whole units').min(0, 'Enter an amount of 0 or more').max(MAX_MONEY, 'This amount is too large');

const area = z.object({
  /** An existing area keeps its id (and its projects); a new one has none. */
  id: z.uuid().optional(),
  name: z.string().trim().min(1, 'Name the area').max(120),
  kind: z.enum(['city', 'district'], 'Choose city or district'),
  district: z.string().trim().max(120).nullable().optional(),
  budget: money,
});

/**
 * Creating or changing a campaign. Dates are the city's wall clock, one per phase, in order. Rules
 * left out take the city's settings. District areas name one of the city's districts, each once;
 * there is at most one whole-city area.
 */
export const campaignInput = (timeZone: string, districts: readonly string[], defaults: BudgetSettings) =>
  z
    .object({
      title: z.string().trim().min(1, 'Enter a title').max(150),
      description: z.string().trim().max(4000).default(''),
      currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR or HUF').default(defaults.currency),
      votingMethod: z.enum(VOTING_METHODS, 'Choose approval, knapsack or threshold').default(defaults.votingMethod),
      maxPicks: z.number().int().min(1, 'Allow at least 1 project').max(50).default(defaults.maxPicks),
      thresholdPercent: z.number().int().min(1, 'Enter a share between 1 and 100').max(100, 'Enter a share between 1 and 100').default(defaults.thresholdPercent),
      areaRule: z.enum(AREA_RULES, 'Choose city_and_own_district or one_area').default(defaults.areaRule),
      preModeration: z.boolean().default(defaults.preModeration),
      minimumAge: z.number().int().min(0).max(120).default(defaults.minimumAge),
      ideationAt: cityTime,
      reviewAt: cityTime,
      votingAt: cityTime,
      resultsAt: cityTime,
      followUpAt: cityTime,
      areas: z.array(area).min(1, 'Add at least one area').max(60),
    })
    .transform((v, ctx) => {
      const dates = {} as PhaseDates;
      let previous: { field: string; at: Date } | null = null;
      for (const phase of SCHEDULED_PHASES) {
        const field = PHASE_STARTS[phase];
        const at = cityTimeToDate(v[field], timeZone);
        if (!at) {
          ctx.addIssue({ code: 'custom', path: [field], message: 'This date does not exist' });
          continue;
        }
        if (previous && at <= previous.at) ctx.addIssue({ code: 'custom', path: [field], message: `Must be after ${previous.field}` });
        dates[field] = at;
        previous = { field, at };
      }
      const seen = new Set<string>();
      v.areas.forEach((a, i) => {
        if (a.kind === 'city') {
          if (seen.has('')) ctx.addIssue({ code: 'custom', path: ['areas', i, 'kind'], message: 'Only one area can be the whole city' });
          seen.add('');
          return;
        }
        const district = a.district ?? '';
        if (!districts.includes(district)) {
          ctx.addIssue({ code: 'custom', path: ['areas', i, 'district'], message: districts.length ? `Choose one of the city's districts: ${districts.join(', ')}` : 'This city has no districts' });
        } else if (seen.has(district)) {
          ctx.addIssue({ code: 'custom', path: ['areas', i, 'district'], message: 'Each district can have one area only' });
        }
        seen.add(district);
      });
      const { ideationAt: _i, reviewAt: _r, votingAt: _v, resultsAt: _re, followUpAt: _f, areas, ...rules } = v;
      return {
        ...rules,
        ...dates,
        areas: areas.map((a, position) => ({ ...a, district: a.kind === 'city' ? null : (a.district ?? null), position })),
      };
    });

export type CampaignInput = z.output<ReturnType<typeof campaignInput>>;
