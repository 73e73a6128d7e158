import { contrastRatio, type Branding } from '@civitas/branding';
import { describe, expect, it } from 'vitest';
import { deriveTheme } from './derive-theme.ts';

const light: Branding = {
  colors: { primary: '#000091', onPrimary: '#ffffff', background: '#ffffff', text: '#1e1e1e' },
  logoUrl: null,
  fontFamily: 'serif',
};
const dark: Branding = {
  colors: { primary: '#9ecbff', onPrimary: '#0b1a2b', background: '#121212', text: '#f2f2f2' },
  logoUrl: null,
  fontFamily: 'system',
};

describe('deriveTheme', () => {
  it.each([
    ['a light', light],
    ['a dark', dark],
  ])('keeps every derived text colour readable on %s palette', (_, branding) => {
    const theme = deriveTheme(branding);
    const bg = theme['--civ-bg']!;
    const surface = theme['--civ-surface']!;
    for (const fg of ['--civ-text', '--civ-muted', '--civ-error', '--civ-success', '--civ-primary']) {
      expect(contrastRatio(theme[fg]!, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(theme[fg]!, surface)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('uses the font stack of the chosen family', () => {
    expect(deriveTheme(light)['--civ-font']).toMatch(/Georgia/);
  });
});
