import { withTenant } from '@civitas/db';
import { closeWorkers, redisForWaiting, runWorkers } from '@civitas/jobs';
import { makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSignInHandler, recordSignInJob } from './record-sign-in-job.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const auditCount = (tenantId: string, staffId: string) =>
  t.runtime.platformDb.auditEvent.count({ where: { tenantId, action: 'staff.signed_in', targetId: staffId } });

describe('accounts.record-sign-in job', () => {
  it('runs in its tenant’s scope through a real BullMQ worker, once per sign-in however often it is enqueued', async () => {
    const city = await makeTenant(t.runtime.platformDb);
    const staff = await makeStaff(t.runtime.platformDb, city.id);
    const payload = { tenantId: city.id, kind: 'staff' as const, accountId: staff.id, at: new Date().toISOString() };
    const { jobs, redis, config } = t.runtime;
    const events = new QueueEvents(recordSignInJob.name, { connection: redisForWaiting(redis), prefix: `${config.REDIS_PREFIX}:bull` });
    await events.waitUntilReady();
    const id1 = await jobs.enqueue(recordSignInJob, payload);
    const id2 = await jobs.enqueue(recordSignInJob, payload);
    expect(id2).toBe(id1);
    const workers = runWorkers([recordSignInHandler(t.runtime.db)], { connection: redis, prefix: config.REDIS_PREFIX });
    try {
      const job = await jobs.queue(recordSignInJob.name).getJob(id1);
      await job!.waitUntilFinished(events, 20_000);
      const counts = await jobs.queue(recordSignInJob.name).getJobCounts('completed', 'waiting', 'failed');
      expect(counts).toEqual({ completed: 1, waiting: 0, failed: 0 });
    } finally {
      await closeWorkers(workers);
      await events.close();
    }
    expect(await auditCount(city.id, staff.id)).toBe(1);
    const updated = await t.runtime.platformDb.staffAccount.findFirst({ where: { tenantId: city.id, id: staff.id } });
    expect(updated!.lastSignInAt!.toISOString()).toBe(payload.at);
  });

  it('does no harm when a job is delivered again', async () => {
    const city = await makeTenant(t.runtime.platformDb);
    const staff = await makeStaff(t.runtime.platformDb, city.id);
    const payload = { tenantId: city.id, kind: 'staff' as const, accountId: staff.id, at: new Date().toISOString() };
    const { handle } = recordSignInHandler(t.runtime.db);
    for (let i = 0; i < 3; i++) await withTenant(city.id, () => handle(payload, undefined as never));
    expect(await auditCount(city.id, staff.id)).toBe(1);
  });

  it('cannot reach another city’s account from a job of this city', async () => {
    const a = await makeTenant(t.runtime.platformDb);
    const b = await makeTenant(t.runtime.platformDb);
    const staffB = await makeStaff(t.runtime.platformDb, b.id);
    const { handle } = recordSignInHandler(t.runtime.db);
    const payload = { tenantId: a.id, kind: 'staff' as const, accountId: staffB.id, at: new Date().toISOString() };
    await withTenant(a.id, () => handle(payload, undefined as never));
    const untouched = await t.runtime.platformDb.staffAccount.findFirst({ where: { tenantId: b.id, id: staffB.id } });
    expect(untouched!.lastSignInAt).toBeNull();
    expect(await auditCount(a.id, staffB.id)).toBe(0);
  });

  it('refuses a payload without a tenant', () => {
    expect(() => recordSignInJob.payload.parse({ kind: 'staff', accountId: crypto.randomUUID(), at: new Date().toISOString() })).toThrow(
      /tenantId/,
    );
  });
});
