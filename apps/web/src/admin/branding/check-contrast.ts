import { AA_TEXT_RATIO, CONTRAST_PAIRS, contrastRatio } from '@civitas/branding';
import type { ColourKey } from './branding-draft.ts';
import { isHexColour } from './is-hex-colour.ts';

export interface ContrastResult {
  foreground: ColourKey;
  background: ColourKey;
  /** null while either colour is not a valid #rrggbb. */
  ratio: number | null;
  passes: boolean;
}

/** Every pair the API will check, measured the same way (WCAG 2.1 contrast, AA threshold). */
export function checkContrast(colors: Record<ColourKey, string>): ContrastResult[] {
  return CONTRAST_PAIRS.map(({ foreground, background }) => {
    const fg = colors[foreground].trim();
    const bg = colors[background].trim();
    const ratio = isHexColour(fg) && isHexColour(bg) ? contrastRatio(fg, bg) : null;
    return { foreground, background, ratio, passes: ratio !== null && ratio >= AA_TEXT_RATIO };
  });
}
