export { withTenant, withoutTenant, currentTenantId, requireTenantId } from './tenant-scope.ts';
export { TenantBoundPool } from './tenant-bound-pool.ts';
export { createAppDatabase, type AppDatabase, type AppClient } from './create-app-database.ts';
export { createPlatformDatabase, type PlatformDatabase, type PlatformClient } from './create-platform-database.ts';
export { Prisma, TenantStatus, StaffRole, ActorType } from './generated/client.ts';
export type { Tenant, TenantDomain, StaffAccount, Resident, Operator, AuditEvent } from './generated/client.ts';
export { jsonColumn } from './json-column.ts';
