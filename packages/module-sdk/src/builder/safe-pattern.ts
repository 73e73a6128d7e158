/**
 * A pattern rule is a regular expression written by a city's staff and run against residents'
 * input on the server, so it must not be able to backtrack for ever. This accepts the plain
 * subset that needs no backtracking blow-up: no back-references, no look-arounds, and no
 * quantified group that itself contains a quantifier or an alternative (`(a+)+`, `(a|ab)*`).
 * Returns what is wrong, or null.
 */
export function checkPattern(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'is not a valid regular expression';
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'may not use back-references';
  if (/\(\?<?[=!]/.test(pattern)) return 'may not use look-ahead or look-behind';

  // Each open group remembers whether it holds a quantifier or an alternative.
  const groups: { risky: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') groups.push({ risky: false });
    else if (ch === '|' && groups.length) groups[groups.length - 1]!.risky = true;
    else if (isQuantifier(pattern, i)) {
      if (groups.length) groups[groups.length - 1]!.risky = true;
    } else if (ch === ')') {
      const group = groups.pop();
      if (group?.risky && isQuantifier(pattern, i + 1) && !isBounded(pattern, i + 1)) {
        return 'may not repeat a group that itself repeats or has alternatives (it could take for ever to check)';
      }
      if (group?.risky && groups.length) groups[groups.length - 1]!.risky = true;
    }
  }
  return null;
}

const isQuantifier = (p: string, i: number) => p[i] === '*' || p[i] === '+' || p[i] === '?' || (p[i] === '{' && /^\{\d+(,\d*)?\}/.test(p.slice(i)));

/** `?` and `{n}` repeat at most a fixed small number of times: harmless. */
const isBounded = (p: string, i: number) => p[i] === '?' || /^\{\d+\}/.test(p.slice(i));
