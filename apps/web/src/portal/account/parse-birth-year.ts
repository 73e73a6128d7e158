/** The API accepts a year of birth up to 120 years back, and none in the future. */
export const BIRTH_YEAR_SPAN = 120;

export type BirthYear = { ok: true; value: number | null } | { ok: false; min: number; max: number };

/** Empty means "not given"; otherwise four digits within the span the API accepts. */
export function parseBirthYear(input: string, thisYear: number): BirthYear {
  const max = thisYear;
  const min = thisYear - BIRTH_YEAR_SPAN;
  const text = input.trim();
  if (text === '') return { ok: true, value: null };
  if (!/^\d{4}$/.test(text)) return { ok: false, min, max };
  const year = Number(text);
  return year >= min && year <= max ? { ok: true, value: year } : { ok: false, min, max };
}
