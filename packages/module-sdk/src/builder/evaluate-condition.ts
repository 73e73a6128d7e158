import type { Condition } from './condition-schema.ts';
import type { BuilderField } from './field-schema.ts';

/** A value counts as given unless it is absent, null, an empty string or an empty list. */
export const isGiven = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Whether a `visibleWhen` condition holds for the entry's values. Pure data in, boolean out. */
export function evaluateCondition(condition: Condition, values: Record<string, unknown>): boolean {
  const actual = values[condition.field];
  const expected = condition.value;
  switch (condition.operator) {
    case 'isSet':
      return isGiven(actual);
    case 'isNotSet':
      return !isGiven(actual);
    case 'equals':
      return isGiven(actual) && same(actual, expected);
    case 'notEquals':
      return !isGiven(actual) || !same(actual, expected);
    case 'in':
      return isGiven(actual) && asList(expected).some((e) => asList(actual).some((a) => same(a, e)));
    case 'notIn':
      return !isGiven(actual) || !asList(expected).some((e) => asList(actual).some((a) => same(a, e)));
    case 'contains':
      return Array.isArray(actual) && actual.some((a) => same(a, expected));
    case 'greaterThan':
      return compare(actual, expected) > 0;
    case 'lessThan':
      return compare(actual, expected) < 0;
  }
}

/**
 * The keys of the fields shown for these values: a field is shown when its condition holds and
 * the field that condition reads is itself shown (a hidden field's value does not count).
 */
export function visibleFieldKeys(fields: BuilderField[], values: Record<string, unknown>): Set<string> {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const memo = new Map<string, boolean>();
  const visible = (key: string, depth: number): boolean => {
    if (memo.has(key)) return memo.get(key)!;
    const field = byKey.get(key);
    // Definitions refuse cycles; the depth guard keeps an unchecked one from looping.
    let shown = !!field && depth < fields.length;
    if (field?.visibleWhen && shown) {
      const target = field.visibleWhen.field;
      const targetShown = byKey.has(target) ? visible(target, depth + 1) : false;
      const scope = targetShown ? values : { ...values, [target]: undefined };
      shown = evaluateCondition(field.visibleWhen, scope);
    }
    memo.set(key, shown);
    return shown;
  };
  return new Set(fields.filter((f) => visible(f.key, 0)).map((f) => f.key));
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) ? a.length === b.length && a.every((x, i) => same(x, b[i])) : false;
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return a === b || String(a) === String(b);
}

/** Numbers numerically, dates and date-times by time; NaN (never true) when either is missing. */
function compare(a: unknown, b: unknown): number {
  if (!isGiven(a) || b === undefined) return Number.NaN;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const ta = Date.parse(String(a));
  const tb = Date.parse(String(b));
  if (Number.isNaN(ta) || Number.isNaN(tb)) return Number.NaN;
  return ta - tb;
}
