import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client.ts';
import { WRITE_BULK, guardBulkOperations } from './guard-bulk-operations.ts';

export type PlatformDatabase = ReturnType<typeof createPlatformDatabase>;
export type PlatformClient = PlatformDatabase['platformDb'];

/**
 * The cross-tenant client: operator work, host resolution, provisioning. It connects as the
 * platform role, which bypasses row-level security. Only the platform-side packages receive it;
 * resident and city-admin handlers get the app client and never see this one.
 */
export function createPlatformDatabase(options: { url: string; max?: number; onIdleError?: (error: Error) => void }) {
  const pool = new pg.Pool({ connectionString: options.url, max: options.max ?? 5 });
  // An idle connection dropped by the server (restart, failover) is discarded by the pool; it must not crash the process.
  pool.on('error', (error) => options.onIdleError?.(error));
  const platformDb = guardBulkOperations(new PrismaClient({ adapter: new PrismaPg(pool) }), WRITE_BULK);
  return {
    platformDb,
    pool,
    async close() {
      await platformDb.$disconnect();
      await pool.end();
    },
  };
}
