import { AA_TEXT_RATIO, contrastRatio, FONT_STACKS, relativeLuminance, type Branding } from '@civitas/branding';
import { mixHex } from './mix-hex.ts';

const ERROR_CANDIDATES = ['#b3261e', '#d4351c', '#ff8a80', '#ffb4ab'];
const SUCCESS_CANDIDATES = ['#00703c', '#1b7f3b', '#7ee2a8', '#b6f2cc'];

/**
 * Turns a city's four brand colours into every CSS property the pages theme from.
 * A city may pick any AA-valid palette (even a dark one), so the in-between tones
 * (card surface, secondary text, error red) are computed here and checked against
 * AA rather than hard-coded in CSS, where they could fail on an unusual palette.
 */
export function deriveTheme(branding: Branding): Record<string, string> {
  const { primary, onPrimary, background, text } = branding.colors;
  const readableOn = (fg: string, bg: string) => contrastRatio(fg, bg) >= AA_TEXT_RATIO;

  const surface = firstPassing([0.06, 0.04, 0.02], (t) => mixHex(background, text, t), (c) =>
    readableOn(text, c) && readableOn(primary, c),
  ) ?? background;

  const muted = firstPassing([0.35, 0.25, 0.15], (t) => mixHex(text, background, t), (c) =>
    readableOn(c, background) && readableOn(c, surface),
  ) ?? text;

  const pick = (candidates: string[]) =>
    candidates.find((c) => readableOn(c, background) && readableOn(c, surface)) ?? text;

  return {
    '--civ-primary': primary,
    '--civ-on-primary': onPrimary,
    '--civ-bg': background,
    '--civ-text': text,
    '--civ-font': FONT_STACKS[branding.fontFamily],
    '--civ-surface': surface,
    '--civ-muted': muted,
    '--civ-border': mixHex(background, text, 0.25),
    '--civ-error': pick(ERROR_CANDIDATES),
    '--civ-success': pick(SUCCESS_CANDIDATES),
    // Native controls (select menus, scrollbars) follow the palette, not the OS setting.
    'color-scheme': relativeLuminance(background) < 0.18 ? 'dark' : 'light',
  };
}

function firstPassing(steps: number[], make: (t: number) => string, ok: (colour: string) => boolean): string | undefined {
  for (const t of steps) {
    const colour = make(t);
    if (ok(colour)) return colour;
  }
  return undefined;
}
