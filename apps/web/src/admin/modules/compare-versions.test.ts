import { describe, expect, it } from 'vitest';
import { compareVersions, versionsBetween } from './compare-versions.ts';

describe('compareVersions', () => {
  it('compares numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.2')).toBe(1);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.0', '1.0.0')).toBe(-1);
  });
  it('puts a pre-release before its release', () => {
    expect(compareVersions('1.1.0-beta.1', '1.1.0')).toBe(-1);
  });
});

describe('versionsBetween', () => {
  const versions = [{ version: '1.0.0' }, { version: '1.2.0' }, { version: '1.1.0' }, { version: '0.9.0' }];
  it('lists what an update from 1.0.0 to 1.2.0 brings, newest first', () => {
    expect(versionsBetween(versions, '1.0.0', '1.2.0').map((v) => v.version)).toEqual(['1.2.0', '1.1.0']);
  });
  it('is empty when the city runs the latest version', () => {
    expect(versionsBetween(versions, '1.2.0', '1.2.0')).toEqual([]);
  });
});
