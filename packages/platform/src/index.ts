export { listTenants } from './list-tenants.ts';
