import { describe, expect, it } from 'vitest';
import { bumpVersion, checkVersionLabel, maxLevel, releaseLevel } from './version-rules.ts';

describe('version rules', () => {
  it('bumps each level', () => {
    expect(bumpVersion('1.4.2', 'patch')).toBe('1.4.3');
    expect(bumpVersion('1.4.2', 'minor')).toBe('1.5.0');
    expect(bumpVersion('1.4.2', 'major')).toBe('2.0.0');
    expect(bumpVersion('1.4.2', 'none')).toBe('1.4.3');
    expect(() => bumpVersion('one', 'patch')).toThrow(/semver/);
  });

  it('tells which level a release moves', () => {
    expect(releaseLevel('1.4.2', '2.0.0')).toBe('major');
    expect(releaseLevel('1.4.2', '1.5.0')).toBe('minor');
    expect(releaseLevel('1.4.2', '1.4.3')).toBe('patch');
    expect(releaseLevel('1.4.2', '1.6.0')).toBeNull();
    expect(releaseLevel('1.4.2', '1.4.2')).toBeNull();
  });

  it('refuses to call a breaking change minor', () => {
    expect(checkVersionLabel('1.2.0', '1.3.0', 'major')).toMatch(/change is major, so it needs version 2.0.0/);
    expect(checkVersionLabel('1.2.0', '1.2.1', 'minor')).toMatch(/needs version 1.3.0/);
    expect(checkVersionLabel('1.2.0', '2.0.0', 'major')).toBeNull();
    // A bigger step than needed is the author's choice.
    expect(checkVersionLabel('1.2.0', '2.0.0', 'patch')).toBeNull();
  });

  it('accepts only the very next version, and 1.0.0 first', () => {
    expect(checkVersionLabel('1.2.0', '1.5.0', 'minor')).toMatch(/after 1.2.0 comes 1.2.1, 1.3.0, 2.0.0/);
    expect(checkVersionLabel('1.2.0', '1.1.0', 'patch')).toMatch(/after 1.2.0/);
    expect(checkVersionLabel('1.2.0', '1.3.0-beta.1', 'minor')).toMatch(/release version/);
    expect(checkVersionLabel(null, '1.0.0', 'none')).toBeNull();
    expect(checkVersionLabel(null, '0.1.0', 'none')).toMatch(/first version is 1.0.0/);
  });

  it('orders levels', () => {
    expect(maxLevel('patch', 'major')).toBe('major');
    expect(maxLevel('minor', 'none')).toBe('minor');
  });
});
