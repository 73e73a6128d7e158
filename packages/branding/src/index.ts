export { contrastRatio, relativeLuminance, AA_TEXT_RATIO } from './contrast.ts';
export { brandingSchema, CONTRAST_PAIRS, FONT_FAMILIES, FONT_STACKS, type Branding } from './branding-schema.ts';
