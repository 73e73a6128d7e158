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

/** How links to a city are written in this deployment: https behind TLS, the port in local development. */
export function publicUrlOptions(config: { SECURE_COOKIES: boolean; BASE_DOMAIN: string; PORT: number }): PublicUrlOptions {
  return {
    scheme: config.SECURE_COOKIES ? 'https' : 'http',
    port: config.BASE_DOMAIN === 'localhost' ? config.PORT : undefined,
  };
}
