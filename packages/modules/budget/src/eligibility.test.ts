import { describe, expect, it } from 'vitest';
import { type AreaRef, areaAccess, type CastBallot } from './eligibility.ts';

const city: AreaRef = { id: 'c', name: 'Whole city', kind: 'city', district: null };
const first: AreaRef = { id: 'd1', name: '1er arrondissement', kind: 'district', district: '1er arrondissement' };
const second: AreaRef = { id: 'd2', name: '2e arrondissement', kind: 'district', district: '2e arrondissement' };
const paris = { areaRule: 'city_and_own_district' as const, minimumAge: 0 };
const oneArea = { areaRule: 'one_area' as const, minimumAge: 0 };
const voter = (district: string | null, birthYear: number | null = 1990) => ({ district, birthYear });
const cast = (area: AreaRef, slot: CastBallot['slot']): CastBallot => ({ areaId: area.id, areaName: area.name, slot });

describe('whole city and own district', () => {
  it('lets a resident vote once for the city and once in their own district', () => {
    expect(areaAccess(paris, city, voter(null), [], 2027)).toEqual({ ok: true, slot: 'city' });
    expect(areaAccess(paris, first, voter('1er arrondissement'), [cast(city, 'city')], 2027)).toEqual({ ok: true, slot: 'district' });
    expect(areaAccess(paris, city, voter(null), [cast(city, 'city')], 2027)).toMatchObject({ ok: false, status: 409, code: 'already_voted' });
  });
  it('refuses another district, naming the rule and the resident’s own', () => {
    expect(areaAccess(paris, second, voter('1er arrondissement'), [], 2027)).toEqual({
      ok: false,
      status: 403,
      code: 'not_your_district',
      message: "Under this campaign's rule (the whole city and your own district) you may vote in 1er arrondissement, not in 2e arrondissement.",
    });
    expect(areaAccess(paris, first, voter(null), [], 2027)).toMatchObject({ status: 403, code: 'district_unknown' });
  });
  it('refuses a second district ballot after the resident changed district', () => {
    const access = areaAccess(paris, second, voter('2e arrondissement'), [cast(first, 'district')], 2027);
    expect(access).toMatchObject({ ok: false, status: 409, code: 'already_voted' });
    expect(access.ok || access.message).toMatch(/already voted in a district, 1er arrondissement/);
  });
});

describe('one area', () => {
  it('lets a resident vote in any one area, district or not, and then no other', () => {
    expect(areaAccess(oneArea, second, voter('1er arrondissement'), [], 2027)).toEqual({ ok: true, slot: 'any' });
    expect(areaAccess(oneArea, city, voter(null), [cast(second, 'any')], 2027)).toMatchObject({ status: 409, message: expect.stringMatching(/one area.*2e arrondissement/) });
  });
});

describe('minimum age', () => {
  const teens = { ...paris, minimumAge: 16 };
  it('counts calendar years: born 2011 may vote in 2027 at 16, born 2012 may not', () => {
    expect(areaAccess(teens, city, voter(null, 2011), [], 2027).ok).toBe(true);
    expect(areaAccess(teens, city, voter(null, 2012), [], 2027)).toMatchObject({ status: 403, code: 'too_young', message: expect.stringMatching(/16 or over \(born in 2011 or before\)/) });
  });
  it('asks for a birth year it does not know', () => {
    expect(areaAccess(teens, city, voter(null, null), [], 2027)).toMatchObject({ status: 403, code: 'age_unknown' });
    expect(areaAccess(paris, city, voter(null, null), [], 2027).ok).toBe(true);
  });
});
