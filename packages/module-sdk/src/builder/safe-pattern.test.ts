import { describe, expect, it } from 'vitest';
import { checkPattern } from './safe-pattern.ts';

describe('checkPattern', () => {
  it.each(['[A-Z]{3}-[0-9]{3}', '\\d{4} ?[A-Z]{2}', '(ab)?c+', '[a-z]+(-[a-z]+)?', '(\\+36|06)[0-9]{8}', '(ab){3}'])('accepts %s', (p) => {
    expect(checkPattern(p)).toBeNull();
  });

  it.each([
    ['(a+)+b', /for ever/],
    ['(a|aa)*', /for ever/],
    ['((ab)*c)+', /for ever/],
    ['(x+x+)+y', /for ever/],
    ['(a)\\1', /back-references/],
    ['a(?=b)', /look-ahead/],
    ['(?<!a)b', /look-ahead or look-behind/],
    ['[a-', /not a valid/],
  ])('refuses %s', (p, message) => {
    expect(checkPattern(p)).toMatch(message);
  });

  it('ignores quantifier characters inside a class or escaped', () => {
    expect(checkPattern('([+*])+')).toBeNull();
    expect(checkPattern('(\\+)+')).toBeNull();
  });
});
