import type { Domain } from '../api/api-types.ts';

/** Primary domain first, the rest alphabetically: the order people scan for. */
export function sortDomains(domains: Domain[]): Domain[] {
  return [...domains].sort((a, b) => Number(b.primary) - Number(a.primary) || a.host.localeCompare(b.host));
}
