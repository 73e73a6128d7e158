/**
 * The address a new city gets: the console's own host with the slug in place of its first label
 * (`console.localhost:3000` → `lyon.localhost:3000`), as the API builds `<slug>.<BASE_DOMAIN>`.
 */
export function cityHost(slug: string, consoleHost: string): string {
  return `${slug}.${consoleHost.replace(/^[^.]+\./, '')}`;
}

/** The city's home page, on the protocol the console is served with. */
export function cityHomeUrl(slug: string, where: Pick<Location, 'host' | 'protocol'> = window.location): string {
  return `${where.protocol}//${cityHost(slug, where.host)}/`;
}
