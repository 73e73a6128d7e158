export type { ResolvedTenant, HostLookup } from './resolved-tenant.ts';
export { findTenantByHost, findResolvedTenant } from './find-tenant-by-host.ts';
export { HostResolver } from './host-resolver.ts';
export { hostMiddleware, type HostMiddlewareOptions } from './host-middleware.ts';
export { cityOf, type RequestSite } from './request-context.ts';
export { publicUrl, publicUrlOptions, type PublicUrlOptions } from './public-url.ts';
export { renderStatusPage } from './status-page.ts';
export { getTenantProfile, updateTenantBranding } from './tenant-repository.ts';
