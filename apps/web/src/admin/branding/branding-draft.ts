import type { Branding } from '@civitas/branding';

export type ColourKey = keyof Branding['colors'];
export const COLOUR_KEYS: ColourKey[] = ['primary', 'onPrimary', 'background', 'text'];

/** The form's state: what the person typed, which may not be a valid Branding yet. */
export interface BrandingDraft {
  colors: Record<ColourKey, string>;
  logoUrl: string;
  fontFamily: Branding['fontFamily'];
}

export function draftFrom(branding: Branding): BrandingDraft {
  return { colors: { ...branding.colors }, logoUrl: branding.logoUrl ?? '', fontFamily: branding.fontFamily };
}

export function brandingFrom(draft: BrandingDraft): Branding {
  const colors = Object.fromEntries(COLOUR_KEYS.map((k) => [k, draft.colors[k].trim().toLowerCase()])) as Branding['colors'];
  const logoUrl = draft.logoUrl.trim();
  return { colors, logoUrl: logoUrl === '' ? null : logoUrl, fontFamily: draft.fontFamily };
}
