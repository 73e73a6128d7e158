import { z } from 'zod';
import { AA_TEXT_RATIO, contrastRatio } from './contrast.ts';

const HEX = /^#[0-9a-fA-F]{6}$/;
const colour = z.string().regex(HEX, 'must be a colour written #rrggbb');

export const FONT_FAMILIES = ['system', 'serif', 'humanist', 'rounded'] as const;

/** Text colours that must stay readable on their backgrounds, checked at WCAG AA. */
export const CONTRAST_PAIRS = [
  { foreground: 'onPrimary', background: 'primary' },
  { foreground: 'text', background: 'background' },
  { foreground: 'primary', background: 'background' },
] as const;

export const brandingSchema = z
  .object({
    colors: z.object({
      primary: colour,
      onPrimary: colour,
      background: colour,
      text: colour,
    }),
    logoUrl: z
      .string()
      .max(2000)
      .refine((u) => u.startsWith('/') || /^https:\/\//.test(u), 'must be an https:// URL or a path on this site')
      .nullable(),
    fontFamily: z.enum(FONT_FAMILIES),
  })
  .superRefine((b, ctx) => {
    for (const pair of CONTRAST_PAIRS) {
      const [fg, bg] = [b.colors?.[pair.foreground], b.colors?.[pair.background]];
      // A malformed colour is already reported by its own field; there is no ratio to compute.
      if (!HEX.test(String(fg)) || !HEX.test(String(bg))) continue;
      const ratio = contrastRatio(b.colors[pair.foreground], b.colors[pair.background]);
      if (ratio < AA_TEXT_RATIO) {
        ctx.addIssue({
          code: 'custom',
          path: ['colors', pair.foreground],
          message: `${pair.foreground} on ${pair.background} has contrast ${ratio.toFixed(2)}:1; WCAG AA needs at least ${AA_TEXT_RATIO}:1`,
        });
      }
    }
  });

export type Branding = z.infer<typeof brandingSchema>;

export const FONT_STACKS: Record<Branding['fontFamily'], string> = {
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  serif: 'Georgia, "Times New Roman", serif',
  humanist: '"Gill Sans", "Trebuchet MS", Calibri, sans-serif',
  rounded: '"Nunito", "Varela Round", "Arial Rounded MT Bold", sans-serif',
};
