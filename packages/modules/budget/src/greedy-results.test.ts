import { describe, expect, it } from 'vitest';
import { type Candidate, greedyResults } from './greedy-results.ts';

const at = (d: number) => new Date(Date.UTC(2027, 0, d));
const p = (id: string, votes: number, cost: number, day = 1): Candidate => ({ id, votes, cost, createdAt: at(day) });
const funded = (r: ReturnType<typeof greedyResults>) => r.ranked.filter((x) => x.funded).map((x) => x.id);

describe('greedyResults', () => {
  it('funds by votes while projects fit, skipping one that does not and going on', () => {
    const r = greedyResults(100, [p('a', 50, 60), p('b', 40, 50), p('c', 30, 40), p('d', 10, 5)]);
    expect(r.ranked.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(funded(r)).toEqual(['a', 'c']);
    expect(r.spent).toBe(100);
  });
  it('funds a project that costs exactly the money left', () => {
    expect(funded(greedyResults(100, [p('a', 3, 60), p('b', 2, 40)]))).toEqual(['a', 'b']);
  });
  it('funds nothing without votes', () => {
    const r = greedyResults(100, [p('a', 0, 10), p('b', 1, 10)]);
    expect(funded(r)).toEqual(['b']);
    expect(r.ranked.map((x) => [x.id, x.rank])).toEqual([['b', 1], ['a', 2]]);
  });
  it('breaks ties on votes by the lower cost', () => {
    // With the dearer one first, only it would fit; cheaper first funds two.
    const r = greedyResults(100, [p('dear', 10, 80), p('cheap', 10, 30), p('next', 9, 60)]);
    expect(r.ranked.map((x) => x.id)).toEqual(['cheap', 'dear', 'next']);
    expect(funded(r)).toEqual(['cheap', 'next']);
  });
  it('then by the earlier proposal, then by id, the same whatever order they come in', () => {
    const tied = [p('late', 5, 50, 9), p('early', 5, 50, 2), p('b', 5, 50, 4), p('a', 5, 50, 4)];
    const expected = ['early', 'a', 'b', 'late'];
    expect(greedyResults(100, tied).ranked.map((x) => x.id)).toEqual(expected);
    expect(greedyResults(100, [...tied].reverse()).ranked.map((x) => x.id)).toEqual(expected);
    expect(funded(greedyResults(100, tied))).toEqual(['early', 'a']);
  });
  it('leaves everything unfunded in an area without candidates or money', () => {
    expect(greedyResults(100, [])).toEqual({ ranked: [], spent: 0 });
    expect(funded(greedyResults(0, [p('a', 9, 1)]))).toEqual([]);
  });
});
