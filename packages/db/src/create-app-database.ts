import type pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client.ts';
import { ALL_BULK, guardBulkOperations } from './guard-bulk-operations.ts';
import { TenantBoundPool } from './tenant-bound-pool.ts';

export type AppDatabase = ReturnType<typeof createAppDatabase>;
export type AppClient = AppDatabase['db'];

/**
 * The client resident and city-admin code uses. It connects as the application role (no table
 * ownership, no BYPASSRLS) and carries the current tenant scope to every connection it uses.
 */
export function createAppDatabase(options: { url: string; max?: number; onIdleError?: (error: Error) => void }) {
  const pool = new TenantBoundPool({ connectionString: options.url, max: options.max ?? 10 });
  // An idle connection dropped by the server (restart, failover) is discarded by the pool; it must not crash the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  const db = guardBulkOperations(new PrismaClient({ adapter: new PrismaPg(pool as unknown as pg.Pool) }), ALL_BULK);
  return {
    db,
    pool,
    /** Loads Prisma's query compiler with one query outside any tenant (it sees no rows), so the first request does not pay for it. */
    async warmUp() {
      await db.tenant.count({ where: { slug: '' } });
    },
    async close() {
      await db.$disconnect();
      await pool.end();
    },
  };
}
