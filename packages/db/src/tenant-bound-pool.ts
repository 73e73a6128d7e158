import pg from 'pg';
import { currentTenantId } from './tenant-scope.ts';

/**
 * A pg pool that binds the caller's tenant to a connection when it is checked out.
 *
 * Prisma's pg adapter runs plain queries through `pool.query` and transactions through
 * `pool.connect`, so both paths pass through `connect()` below. The tenant is written as a
 * session setting (`set_config(..., false)`) and remembered per connection: a connection that
 * already carries the wanted tenant costs no extra round trip, and a changed one costs one.
 * Outside any tenant scope the setting is the empty string, which every policy treats as
 * "no tenant": the query sees no tenant-owned rows (fail closed).
 */
export class TenantBoundPool extends pg.Pool {
  readonly #bound = new WeakMap<pg.PoolClient, string>();

  override async connect(): Promise<pg.PoolClient> {
    const wanted = currentTenantId() ?? '';
    const client = await super.connect();
    if (this.#bound.get(client) !== wanted) {
      try {
        await client.query("select set_config('app.tenant_id', $1, false)", [wanted]);
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
      this.#bound.set(client, wanted);
    }
    return client;
  }

  // pg types query() with many overloads (streams, callbacks); the adapter only uses query(config) → promise.
  // @ts-expect-error narrowing the overloads to the one form the adapter calls
  override async query(config: pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> {
    const client = await this.connect();
    try {
      const result = await client.query(config, values);
      client.release();
      return result;
    } catch (error) {
      // An SQL error leaves the connection usable; anything else (socket, protocol) discards it.
      client.release(error instanceof pg.DatabaseError ? undefined : (error as Error));
      throw error;
    }
  }
}
