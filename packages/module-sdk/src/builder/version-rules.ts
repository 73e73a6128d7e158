import semver from 'semver';

export type ChangeLevel = 'none' | 'patch' | 'minor' | 'major';
const ORDER: ChangeLevel[] = ['none', 'patch', 'minor', 'major'];

export const FIRST_VERSION = '1.0.0';

export const maxLevel = (a: ChangeLevel, b: ChangeLevel): ChangeLevel => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);
export const atLeast = (level: ChangeLevel, floor: ChangeLevel) => ORDER.indexOf(level) >= ORDER.indexOf(floor);

/** The next version for a change of this level (a change of none still needs a patch to publish). */
export function bumpVersion(version: string, level: ChangeLevel): string {
  if (!semver.valid(version)) throw new Error(`"${version}" is not a semver version`);
  return semver.inc(version, level === 'none' ? 'patch' : level)!;
}

/** Which part a release moves: `2.0.0` after `1.4.2` is major; null when `next` is not the very next version of any level. */
export function releaseLevel(previous: string, next: string): Exclude<ChangeLevel, 'none'> | null {
  if (!semver.valid(previous) || !semver.valid(next)) return null;
  for (const level of ['patch', 'minor', 'major'] as const) if (semver.inc(previous, level) === next) return level;
  return null;
}

/**
 * Why a proposed version number does not fit the change, or null when it does: it must be the very
 * next patch, minor or major version, and at least the level the change needs (a breaking change is
 * never published as a minor one).
 */
export function checkVersionLabel(previous: string | null, next: string, needed: ChangeLevel): string | null {
  if (!semver.valid(next) || semver.prerelease(next)) return `"${next}" is not a release version such as 1.2.0`;
  if (previous === null) return next === FIRST_VERSION ? null : `the first version is ${FIRST_VERSION}`;
  const level = releaseLevel(previous, next);
  if (!level) {
    const options = ['patch', 'minor', 'major'].map((l) => semver.inc(previous, l as 'patch'));
    return `after ${previous} comes ${options.join(', ')}`;
  }
  if (!atLeast(level, needed)) {
    return `the change is ${needed}, so it needs version ${bumpVersion(previous, needed)} or later, not a ${level} version`;
  }
  return null;
}
