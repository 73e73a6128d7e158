/** Same rule as brandingSchema's colour; checked here first because contrastRatio throws on anything else. */
export function isHexColour(value: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(value.trim());
}
