import type { AreaAccess, AreaRule } from './eligibility.ts';
import type { Phase } from './phases.ts';
import type { RuleCode, VotingMethod } from './voting-rules.ts';

// What the module's API answers: shared by the router and the web components (types only).

export type { AreaRule, Phase, RuleCode, VotingMethod };
export type ProjectStatus = 'pending' | 'published' | 'rejected' | 'merged';
export type Feasibility = 'unassessed' | 'feasible' | 'unfeasible';
export type Delivery = 'not_started' | 'design' | 'works' | 'delivered' | 'abandoned';

export interface AreaJson {
  id: string;
  name: string;
  kind: 'city' | 'district';
  district: string | null;
  budget: number;
}

export interface PhaseDatesJson {
  ideationAt: string;
  reviewAt: string;
  votingAt: string;
  resultsAt: string;
  followUpAt: string;
}

export interface CampaignJson extends PhaseDatesJson {
  id: string;
  title: string;
  description: string;
  phase: Phase;
  currency: string;
  votingMethod: VotingMethod;
  maxPicks: number;
  thresholdPercent: number;
  areaRule: AreaRule;
  preModeration: boolean;
  minimumAge: number;
  areas: AreaJson[];
}

export interface CampaignsJson {
  campaigns: CampaignJson[];
  timeZone: string;
  /** Staff view only: the city's districts, for district areas. */
  districts?: string[];
  /** Staff view only: the rules a new campaign starts with (the city's settings). */
  defaults?: { currency: string; votingMethod: VotingMethod; maxPicks: number; thresholdPercent: number; areaRule: AreaRule; preModeration: boolean; minimumAge: number };
}

/** A project as staff see it, with its campaign and, once counted, its result. */
export interface AdminProjectJson {
  project: ProjectJson;
  campaign: CampaignJson;
  timeZone: string;
  result: { votes: number; funded: boolean; rank: number } | null;
}

export interface BallotJson {
  id: string;
  areaId: string;
  projectIds: string[];
  totalCost: number;
  submittedAt: string;
}

/** The signed-in resident's standing in a campaign. */
export interface VoterJson {
  verified: boolean;
  district: string | null;
  ballots: BallotJson[];
  /** Per area: may they vote there now, and if not, why (the same rule the server applies on submit). */
  access: Record<string, Pick<AreaAccess & { ok: false }, 'code' | 'message'> | { ok: true }>;
}

export interface CampaignDetailJson {
  campaign: CampaignJson;
  timeZone: string;
  /** Null when not signed in as a resident. */
  voter: VoterJson | null;
}

export interface ProjectJson {
  id: string;
  campaignId: string;
  areaId: string;
  title: string;
  description: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  estimatedCost: number;
  finalCost: number | null;
  /** What a ballot counts: the final cost once set, else the estimate. */
  cost: number;
  status: ProjectStatus;
  moderationNote: string;
  mergedIntoId: string | null;
  mergedIntoTitle: string | null;
  mergedFrom: { id: string; title: string }[];
  feasibility: Feasibility;
  feasibilityNote: string;
  eligible: boolean;
  delivery: Delivery;
  deliveryNote: string;
  hasImage: boolean;
  /** The signed-in resident proposed it. */
  yours: boolean;
  following: boolean;
  followers: number;
  createdAt: string;
}

export interface ProjectsJson {
  projects: ProjectJson[];
}

export interface ResultProjectJson {
  id: string;
  title: string;
  votes: number;
  cost: number;
  funded: boolean;
  rank: number;
  delivery: Delivery;
}

export interface ResultsJson {
  campaignId: string;
  currency: string;
  computedAt: string;
  areas: { areaId: string; name: string; budget: number; spent: number; ballots: number; projects: ResultProjectJson[] }[];
}

export interface DashboardJson {
  total: number;
  byArea: { areaId: string; name: string; ballots: number }[];
  /** Days on the city's calendar, oldest first. */
  byDay: { day: string; ballots: number }[];
  /** Live counts per project (staff only), most votes first. */
  projects: { id: string; areaId: string; title: string; votes: number }[];
}
