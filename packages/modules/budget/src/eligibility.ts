// Who may vote in which area of a campaign. Pure: the API checks it before taking a ballot, the
// web shows it beforehand; the unique keys on ballots hold the same line under concurrency.

export const AREA_RULES = ['city_and_own_district', 'one_area'] as const;
export type AreaRule = (typeof AREA_RULES)[number];
export type BallotSlot = 'city' | 'district' | 'any';

export interface AreaRef {
  id: string;
  name: string;
  kind: 'city' | 'district';
  district: string | null;
}

export interface Voter {
  district: string | null;
  birthYear: number | null;
}

/** The resident's ballots already submitted in this campaign. */
export interface CastBallot {
  areaId: string;
  areaName: string;
  slot: BallotSlot;
}

export type AreaAccess =
  | { ok: true; slot: BallotSlot }
  | { ok: false; status: 403 | 409; code: 'age_unknown' | 'too_young' | 'district_unknown' | 'not_your_district' | 'already_voted'; message: string };

/**
 * Age is counted in calendar years in the city (the year now minus the birth year): everyone who
 * reaches the minimum age during the year may vote, which needs no birth date.
 */
export function oldEnough(minimumAge: number, voter: Voter, year: number): AreaAccess | null {
  if (minimumAge <= 0) return null;
  if (voter.birthYear === null) {
    return { ok: false, status: 403, code: 'age_unknown', message: `This vote is open to residents aged ${minimumAge} or over: add your birth year to your profile first.` };
  }
  if (year - voter.birthYear < minimumAge) {
    return { ok: false, status: 403, code: 'too_young', message: `This vote is open to residents aged ${minimumAge} or over (born in ${year - minimumAge} or before).` };
  }
  return null;
}

export function areaAccess(campaign: { areaRule: AreaRule; minimumAge: number }, area: AreaRef, voter: Voter, cast: readonly CastBallot[], year: number): AreaAccess {
  const age = oldEnough(campaign.minimumAge, voter, year);
  if (age) return age;
  const already = (message: string): AreaAccess => ({ ok: false, status: 409, code: 'already_voted', message });

  if (campaign.areaRule === 'one_area') {
    const done = cast[0];
    if (done) return already(`Under this campaign's rule (one area) you have already voted, in ${done.areaName}; a submitted ballot is final.`);
    return { ok: true, slot: 'any' };
  }

  if (area.kind === 'city') {
    if (cast.some((b) => b.slot === 'city')) return already('You have already voted for the whole city; a submitted ballot is final.');
    return { ok: true, slot: 'city' };
  }
  const rule = "Under this campaign's rule (the whole city and your own district)";
  if (voter.district === null) {
    return { ok: false, status: 403, code: 'district_unknown', message: `${rule} you vote in your own district: add your district to your profile first.` };
  }
  if (voter.district !== area.district) {
    return { ok: false, status: 403, code: 'not_your_district', message: `${rule} you may vote in ${voter.district}, not in ${area.name}.` };
  }
  // Also after moving: one district ballot per resident, wherever they live now.
  const district = cast.find((b) => b.slot === 'district');
  if (district) return already(`${rule} you have already voted in a district, ${district.areaName}; a submitted ballot is final.`);
  return { ok: true, slot: 'district' };
}
