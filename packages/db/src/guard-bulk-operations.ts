import type { PrismaClient } from './generated/client.ts';

export const WRITE_BULK = ['updateMany', 'deleteMany', 'updateManyAndReturn'] as const;
export const ALL_BULK = ['findMany', ...WRITE_BULK] as const;

/**
 * Refuses the listed bulk operations without a `where`: a forgotten filter must not read or
 * touch a whole table. The app client guards reads too (its queries name their tenant).
 */
export function guardBulkOperations(client: PrismaClient, operations: readonly string[]) {
  const guarded = new Set(operations);
  return client.$extends({
    name: 'guard-bulk-operations',
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (guarded.has(operation)) {
            const where = (args as { where?: object } | undefined)?.where;
            if (!where || Object.keys(where).length === 0) {
              throw new Error(`${model}.${operation} needs a non-empty where`);
            }
          }
          return query(args);
        },
      },
    },
  });
}
