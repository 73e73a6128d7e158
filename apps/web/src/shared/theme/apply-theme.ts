import type { Branding } from '@civitas/branding';
import { deriveTheme } from './derive-theme.ts';

/**
 * Sets the theme as custom properties through the CSSOM, which a strict CSP
 * (`style-src 'self'`) allows, unlike an injected <style> element.
 */
export function applyTheme(branding: Branding, root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(deriveTheme(branding))) {
    root.style.setProperty(name, value);
  }
}
