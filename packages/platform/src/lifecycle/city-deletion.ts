import { recordOperatorAudit } from '@civitas/audit';
import type { PlatformClient } from '@civitas/db';
import { HttpError, parseInput } from '@civitas/http';
import type { HostResolver } from '@civitas/tenancy';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import { z } from 'zod';
import { enqueueOperation } from './operations-queue.ts';
import { quoteIdent, tenantTables } from './tenant-tables.ts';

type Operator = { id: string | null; email: string };

/**
 * Asks for a city's deletion: only after a finished export, or with the slug typed as confirmation.
 * The city stops answering at once (archived); a job then removes everything.
 */
export async function requestCityDeletion(
  deps: { platformDb: PlatformClient; redis: Redis; prefix: string; resolver: HostResolver },
  tenantId: string,
  input: unknown,
  operator: Operator,
) {
  const body = parseInput(z.object({ confirmSlug: z.string().optional() }), input ?? {});
  const city = await deps.platformDb.tenant.findFirst({ where: { id: tenantId } });
  if (!city) throw new HttpError(404, 'not_found', 'This city was not found.');
  const exported = await deps.platformDb.cityExport.findFirst({ where: { subjectTenantId: tenantId, status: 'succeeded' } });
  if (!exported && body.confirmSlug !== city.slug) {
    throw new HttpError(400, 'confirmation_required', `Export ${city.name} first, or type its address "${city.slug}" to confirm deleting it without an export.`, {
      confirmSlug: `type ${city.slug} to confirm`,
    });
  }
  const running = await deps.platformDb.cityDeletion.findFirst({ where: { subjectTenantId: tenantId, status: 'running' } });
  if (running) return running;
  await deps.platformDb.tenant.update({ where: { id: tenantId }, data: { status: 'archived' } });
  await deps.resolver.invalidateTenant(tenantId);
  const deletion = await deps.platformDb.cityDeletion.create({ data: { subjectTenantId: tenantId, slug: city.slug, createdBy: operator.email } });
  await recordOperatorAudit(deps.platformDb, {
    operatorId: operator.id,
    actorLabel: operator.email,
    action: 'city.deletion_requested',
    subjectTenantId: tenantId,
    before: { slug: city.slug, name: city.name },
    after: { exportedBefore: exported?.id ?? null },
  });
  await enqueueOperation(deps.redis, deps.prefix, 'delete', deletion.id);
  return deletion;
}

/**
 * Removes every row of the city in every table with a tenantId (then the city itself), its Redis
 * keys (rate limits, sign-in failure counts, sessions) and its queued or scheduled jobs. Safe to run
 * again: a second run finds nothing left.
 */
export async function runCityDeletion(deps: { platformDb: PlatformClient; pool: pg.Pool; redis: Redis; prefix: string; resolver: HostResolver }, deletionId: string) {
  const job = await deps.platformDb.cityDeletion.findFirst({ where: { id: deletionId } });
  if (!job || job.status !== 'running') return;
  const tenantId = job.subjectTenantId;
  const removed: Record<string, number> = {};
  const client = await deps.pool.connect();
  try {
    await client.query('begin');
    for (const table of await tenantTables(client)) {
      const result = await client.query(`delete from ${quoteIdent(table)} where "tenantId" = $1`, [tenantId]);
      removed[table] = result.rowCount ?? 0;
    }
    removed.tenants = (await client.query('delete from tenants where id = $1', [tenantId])).rowCount ?? 0;
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
  removed.redisKeys = await deleteRedisKeys(deps.redis, deps.prefix, tenantId);
  removed.jobs = await removeQueuedJobs(deps.redis, deps.prefix, tenantId);
  await deps.resolver.invalidateTenant(tenantId);
  await deps.platformDb.cityDeletion.update({ where: { id: deletionId }, data: { status: 'succeeded', removed, finishedAt: new Date() } });
  await recordOperatorAudit(deps.platformDb, { operatorId: null, actorLabel: job.createdBy, action: 'city.deleted', subjectTenantId: tenantId, after: removed });
}

async function scanKeys(redis: Redis, pattern: string) {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

async function deleteRedisKeys(redis: Redis, prefix: string, tenantId: string) {
  const keys = [...(await scanKeys(redis, `${prefix}:rl:*${tenantId}*`)), ...(await scanKeys(redis, `${prefix}:signin-fail:${tenantId}:*`))];
  // Sessions are keyed by id: read each and drop those bound to this city.
  for (const key of await scanKeys(redis, `${prefix}:sess:*`)) {
    const raw = await redis.get(key);
    if (raw?.includes(`"siteKey":"${tenantId}"`)) keys.push(key);
  }
  if (keys.length) await redis.del(...keys);
  return keys.length;
}

async function removeQueuedJobs(redis: Redis, prefix: string, tenantId: string) {
  const names = new Set((await scanKeys(redis, `${prefix}:bull:*:meta`)).map((k) => k.slice(`${prefix}:bull:`.length, -':meta'.length)));
  let count = 0;
  for (const name of names) {
    const queue = new Queue(name, { connection: redis, prefix: `${prefix}:bull` });
    try {
      for (const job of await queue.getJobs(['waiting', 'delayed', 'prioritized', 'waiting-children', 'failed', 'completed'])) {
        if (job?.data?.tenantId === tenantId) {
          await job.remove().catch(() => undefined);
          count++;
        }
      }
      for (const repeat of await queue.getJobSchedulers()) {
        if (repeat.template?.data && (repeat.template.data as { tenantId?: string }).tenantId === tenantId) {
          await queue.removeJobScheduler(repeat.key);
          count++;
        }
      }
    } finally {
      await queue.close();
    }
  }
  return count;
}
