import type { Branding } from '@civitas/branding';

/**
 * The neutral Civitas look of the admin and operator faces. They never wear a city's
 * branding, so a city that saves an unfortunate palette can still read the page that fixes it.
 */
export const DEFAULT_BRANDING: Branding = {
  colors: { primary: '#1d4f91', onPrimary: '#ffffff', background: '#ffffff', text: '#1b1f24' },
  logoUrl: null,
  fontFamily: 'system',
};
