import { describe, expect, it } from 'vitest';
import { brandingSchema, contrastRatio } from './index.ts';

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for equal colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });
  it('matches the WCAG reference value for #767676 on white', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('brandingSchema', () => {
  const ok = {
    colors: { primary: '#000091', onPrimary: '#ffffff', background: '#ffffff', text: '#1e1e1e' },
    logoUrl: null,
    fontFamily: 'system',
  };
  it('accepts a readable palette', () => {
    expect(brandingSchema.safeParse(ok).success).toBe(true);
  });
  it('refuses a colour pair below AA and names it', () => {
    const r = brandingSchema.safeParse({ ...ok, colors: { ...ok.colors, onPrimary: '#5555aa' } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['colors', 'onPrimary']);
    expect(r.error!.issues[0]!.message).toMatch(/onPrimary on primary has contrast/);
  });
  it('reports a malformed colour as a field error rather than failing', () => {
    const r = brandingSchema.safeParse({ ...ok, colors: { ...ok.colors, primary: '#fff' } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['colors.primary']);
  });
  it('refuses a logo URL over plain http', () => {
    expect(brandingSchema.safeParse({ ...ok, logoUrl: 'http://x.test/logo.png' }).success).toBe(false);
  });
});
