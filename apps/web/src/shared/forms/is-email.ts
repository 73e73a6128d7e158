// Deliberately loose: the server decides; this only catches a missing "@" before a round trip.
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value.trim());
}
