export { listTenants } from './list-tenants.ts';
export { createTenant, createStaffAccount, createOperator, createResidentAccount, type NewTenant } from './create-tenant.ts';
export { listEntitlements, setEntitlements, findTenantById, shareModuleAsPlatform } from './entitlements.ts';
export * from './provisioning/index.ts';
export * from './lifecycle/index.ts';
