/** A whole amount as typed ("25 000", "25000"), or null. Spaces, narrow spaces and apostrophes group digits. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  return /^\d{1,14}$/.test(compact) ? Number(compact) : null;
}

/** A decimal coordinate as typed ("48.8566" or "48,8566"), or null. */
export function parseCoordinate(text: string): number | null {
  const normal = text.trim().replace(',', '.');
  return /^-?\d{1,3}(\.\d+)?$/.test(normal) ? Number(normal) : null;
}
