import { describe, expect, it } from 'vitest';
import { checkContrast } from './check-contrast.ts';

describe('checkContrast', () => {
  it('fails the pair below AA and passes the others', () => {
    const results = checkContrast({ primary: '#000091', onPrimary: '#5555aa', background: '#ffffff', text: '#1e1e1e' });
    const failing = results.filter((r) => !r.passes).map((r) => `${r.foreground}/${r.background}`);
    expect(failing).toEqual(['onPrimary/primary']);
  });
  it('does not measure a half-typed colour', () => {
    const [first] = checkContrast({ primary: '#00009', onPrimary: '#ffffff', background: '#ffffff', text: '#000000' });
    expect(first).toMatchObject({ ratio: null, passes: false });
  });
});
