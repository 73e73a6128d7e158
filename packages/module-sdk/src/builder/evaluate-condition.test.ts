import { describe, expect, it } from 'vitest';
import type { Condition } from './condition-schema.ts';
import { evaluateCondition, visibleFieldKeys } from './evaluate-condition.ts';
import type { BuilderField } from './field-schema.ts';

const when = (operator: Condition['operator'], value?: Condition['value']): Condition => ({ field: 'x', operator, value });

describe('evaluateCondition', () => {
  it.each([
    [when('equals', 'a'), 'a', true],
    [when('equals', 'a'), 'b', false],
    [when('equals', 'a'), undefined, false],
    [when('equals', true), true, true],
    [when('equals', true), false, false],
    [when('equals', 3), 3, true],
    [when('notEquals', 'a'), 'b', true],
    [when('notEquals', 'a'), undefined, true],
    [when('notEquals', 'a'), 'a', false],
    [when('in', ['a', 'b']), 'b', true],
    [when('in', ['a', 'b']), 'c', false],
    [when('in', ['a', 'b']), ['c', 'a'], true],
    [when('notIn', ['a', 'b']), 'c', true],
    [when('notIn', ['a', 'b']), ['c', 'a'], false],
    [when('contains', 'a'), ['b', 'a'], true],
    [when('contains', 'a'), ['b'], false],
    [when('contains', 'a'), 'a', false],
    [when('isSet'), 'x', true],
    [when('isSet'), '', false],
    [when('isSet'), [], false],
    [when('isSet'), false, true],
    [when('isNotSet'), null, true],
    [when('greaterThan', 10), 11, true],
    [when('greaterThan', 10), 10, false],
    [when('greaterThan', 10), undefined, false],
    [when('lessThan', '2027-01-01'), '2026-12-31', true],
    [when('lessThan', '2027-01-01'), '2027-01-02', false],
    // 23:30 UTC is after midnight in UTC+1 (23:00 UTC): compared as times, not as text.
    [when('greaterThan', '2027-01-01T00:00:00+01:00'), '2026-12-31T23:30:00Z', true],
  ])('%j with %j is %s', (condition, value, expected) => {
    expect(evaluateCondition(condition, { x: value })).toBe(expected);
  });
});

describe('visibleFieldKeys', () => {
  const f = (key: string, visibleWhen?: Condition): BuilderField =>
    ({ key, type: 'shortText', label: { en: key }, required: false, visibility: 'resident', maxLength: 10, visibleWhen }) as BuilderField;

  it('hides a field whose condition fails, and a field that depends on a hidden one', () => {
    const fields = [f('a'), f('b', { field: 'a', operator: 'equals', value: 'yes' }), f('c', { field: 'b', operator: 'isSet' })];
    expect([...visibleFieldKeys(fields, { a: 'yes', b: 'x' })]).toEqual(['a', 'b', 'c']);
    // b still holds a value, but b is hidden: c must not appear because of it.
    expect([...visibleFieldKeys(fields, { a: 'no', b: 'x' })]).toEqual(['a']);
  });

  it('stops on a loop instead of running for ever', () => {
    const fields = [f('a', { field: 'b', operator: 'isNotSet' }), f('b', { field: 'a', operator: 'isNotSet' })];
    expect(() => visibleFieldKeys(fields, {})).not.toThrow();
  });
});
