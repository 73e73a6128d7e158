export interface PublicUrlOptions {
  scheme: 'http' | 'https';
  /** Port to show in links, or undefined for the scheme's default. */
  port: number | undefined;
}

/** Absolute URL on a stored host. Never derived from the request's Host header. */
export function publicUrl(host: string, path: string, options: PublicUrlOptions): string {
  const port = options.port === undefined ? '' : `:${options.port}`;
  return `${options.scheme}://${host}${port}${path.startsWith('/') ? path : `/${path}`}`;
}
