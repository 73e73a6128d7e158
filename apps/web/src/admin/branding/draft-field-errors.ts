import type { TFunction } from 'i18next';
import { COLOUR_KEYS, type BrandingDraft } from './branding-draft.ts';
import { isHexColour } from './is-hex-colour.ts';

/**
 * Format errors, keyed like the API's `fields` ("colors.primary", "logoUrl"). Contrast is checked
 * separately. The rules mirror brandingSchema, which cannot be run on a half-typed draft:
 * its contrast refinement throws on a malformed colour.
 */
export function draftFieldErrors(draft: BrandingDraft, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of COLOUR_KEYS) {
    if (!isHexColour(draft.colors[key])) errors[`colors.${key}`] = t('admin.branding.colour.invalid');
  }
  const logo = draft.logoUrl.trim();
  if (logo !== '' && (logo.length > 2000 || !(logo.startsWith('/') || /^https:\/\//.test(logo)))) {
    errors.logoUrl = t('admin.branding.logoUrlInvalid');
  }
  return errors;
}
