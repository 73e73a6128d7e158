import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<{ tenantId: string }>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `fn` inside one city's scope. Every query issued by the app client from within it
 * (however deep in the async call chain) runs with `app.tenant_id` set to this tenant,
 * which row-level security enforces.
 *
 * The result is awaited inside the scope: Prisma queries are lazy thenables that only run when
 * awaited, and one awaited by the caller, outside the scope, would run with no tenant.
 */
export function withTenant<T>(tenantId: string, fn: () => T | PromiseLike<T>): Promise<T> {
  if (!UUID.test(tenantId)) throw new TypeError(`withTenant needs a tenant uuid, got ${JSON.stringify(tenantId)}`);
  return scope.run({ tenantId }, async () => await fn());
}

/** Leaves any tenant scope: queries run with no tenant and see no tenant-owned rows. */
export function withoutTenant<T>(fn: () => T): T {
  return scope.exit(fn);
}

export function currentTenantId(): string | undefined {
  return scope.getStore()?.tenantId;
}

export function requireTenantId(): string {
  const id = currentTenantId();
  if (!id) throw new Error('This code must run inside withTenant(...)');
  return id;
}
