export interface TimeZoneGroup {
  region: string;
  zones: { id: string; label: string }[];
}

/** Every time zone the browser knows, plus UTC (which the API accepts too). */
export function timeZoneIds(): string[] {
  const ids = Intl.supportedValuesOf('timeZone');
  return ids.includes('UTC') ? ids : [...ids, 'UTC'];
}

/**
 * Zones grouped by region, each named by its place ("Paris", "Argentina – Buenos Aires"):
 * typing a city's first letters in the select then finds it.
 */
export function groupTimeZones(ids: string[], other: string): TimeZoneGroup[] {
  const groups = new Map<string, TimeZoneGroup['zones']>();
  for (const id of ids) {
    const slash = id.indexOf('/');
    const region = slash > 0 ? id.slice(0, slash) : other;
    const place = slash > 0 ? id.slice(slash + 1) : id;
    const zones = groups.get(region) ?? [];
    zones.push({ id, label: place.replaceAll('_', ' ').replaceAll('/', ' – ') });
    groups.set(region, zones);
  }
  return [...groups]
    .sort(([a], [b]) => (a === other ? 1 : b === other ? -1 : a.localeCompare(b)))
    .map(([region, zones]) => ({ region, zones: zones.sort((a, b) => a.label.localeCompare(b.label)) }));
}
