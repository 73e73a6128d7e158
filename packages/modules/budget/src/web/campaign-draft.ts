import type { AreaRule, CampaignJson, CampaignsJson, VotingMethod } from '../budget-api-types.ts';
import { dateToCityTime } from '@civitas/module-sdk/time';

export const DATE_FIELDS = ['ideationAt', 'reviewAt', 'votingAt', 'resultsAt', 'followUpAt'] as const;

export interface AreaDraft {
  id?: string;
  name: string;
  kind: 'city' | 'district';
  district: string;
  budget: string;
}

/** What the campaign form edits: text as typed; numbers are read when it is sent. */
export interface CampaignDraft {
  title: string;
  description: string;
  currency: string;
  votingMethod: VotingMethod;
  maxPicks: string;
  thresholdPercent: string;
  areaRule: AreaRule;
  preModeration: boolean;
  minimumAge: string;
  dates: Record<(typeof DATE_FIELDS)[number], string>;
  areas: AreaDraft[];
}

export function newDraft(defaults: NonNullable<CampaignsJson['defaults']>): CampaignDraft {
  return {
    title: '',
    description: '',
    currency: defaults.currency,
    votingMethod: defaults.votingMethod,
    maxPicks: String(defaults.maxPicks),
    thresholdPercent: String(defaults.thresholdPercent),
    areaRule: defaults.areaRule,
    preModeration: defaults.preModeration,
    minimumAge: String(defaults.minimumAge),
    dates: { ideationAt: '', reviewAt: '', votingAt: '', resultsAt: '', followUpAt: '' },
    areas: [{ name: '', kind: 'city', district: '', budget: '' }],
  };
}

export function draftOf(c: CampaignJson, timeZone: string): CampaignDraft {
  return {
    title: c.title,
    description: c.description,
    currency: c.currency,
    votingMethod: c.votingMethod,
    maxPicks: String(c.maxPicks),
    thresholdPercent: String(c.thresholdPercent),
    areaRule: c.areaRule,
    preModeration: c.preModeration,
    minimumAge: String(c.minimumAge),
    dates: Object.fromEntries(DATE_FIELDS.map((f) => [f, dateToCityTime(new Date(c[f]), timeZone)])) as CampaignDraft['dates'],
    areas: c.areas.map((a) => ({ id: a.id, name: a.name, kind: a.kind, district: a.district ?? '', budget: String(a.budget) })),
  };
}

const number = (text: string) => {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  return /^\d+$/.test(compact) ? Number(compact) : compact;
};

/** The request body: the server validates it and names each field at fault. */
export function bodyOf(d: CampaignDraft) {
  return {
    title: d.title,
    description: d.description,
    currency: d.currency,
    votingMethod: d.votingMethod,
    maxPicks: number(d.maxPicks),
    thresholdPercent: number(d.thresholdPercent),
    areaRule: d.areaRule,
    preModeration: d.preModeration,
    minimumAge: number(d.minimumAge),
    ...d.dates,
    areas: d.areas.map((a) => ({ ...(a.id ? { id: a.id } : {}), name: a.name, kind: a.kind, district: a.kind === 'district' ? a.district : null, budget: number(a.budget) })),
  };
}
