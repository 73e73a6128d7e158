/**
 * Orders semver strings ("1.10.0" after "1.9.2"; a pre-release before its release). Enough for
 * ordering a module's own releases; the API does the real semver work.
 */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = a.split('-', 2);
  const [coreB = '', preB] = b.split('-', 2);
  const partsA = coreA.split('.').map(Number);
  const partsB = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const diff = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

/** The releases after `current` up to and including `latest`, newest first: what an update brings. */
export function versionsBetween<V extends { version: string }>(versions: V[], current: string, latest: string): V[] {
  return versions
    .filter((v) => compareVersions(v.version, current) > 0 && compareVersions(v.version, latest) <= 0)
    .sort((x, y) => compareVersions(y.version, x.version));
}
