import { randomBytes } from 'node:crypto';
import { requireTenantId } from '@civitas/db';
import { defineJob, handler } from '@civitas/jobs';
import { createModuleRegistry, defineModule } from '@civitas/module-sdk';
import { setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import { makeStaff, makeTenant, openTestApp } from '@civitas/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { enqueueSweeps, moduleSweepJob, SWEEP_INTERVAL_MS } from './sweep-job.ts';

// The periodic sweep through the real worker, queues and database: enqueued once per interval for
// each active city with the module on, run in that city's scope with its settings and host.

const id = `sweeper${randomBytes(3).toString('hex')}`;
const echoJob = defineJob({
  name: `${id}.echo`,
  payload: z.object({ tenantId: z.uuid(), window: z.number().int() }),
  jobId: (p) => `${id}.echo.${p.tenantId}.${p.window}`,
});
const swept: { tenantId: string; scope: string; host: string; greeting: string; foreignEnqueue: string }[] = [];
const echoed: string[] = [];

let t: Awaited<ReturnType<typeof openTestApp>>;
let cities: Record<'on' | 'off' | 'suspended', Awaited<ReturnType<typeof makeTenant>>>;

beforeAll(async () => {
  const boot = await openTestApp({}, createModuleRegistry([]));
  const make = () => makeTenant(boot.runtime.platformDb);
  cities = { on: await make(), off: await make(), suspended: await make() };
  await boot.close();
  const module = defineModule({
    id,
    version: '1.0.0',
    name: { en: 'Sweeper' },
    description: { en: 'Sweeps' },
    author: cities.on.slug,
    category: 'information',
    dependsOn: {},
    settings: z.object({ greeting: z.string().max(20).default('hello') }),
    permissions: [],
    tables: [],
    changelog: [{ version: '1.0.0', date: '2026-12-01', notes: { en: 'First release' } }],
    navigation: [],
    jobs: () => [handler(echoJob, async (p) => void echoed.push(p.tenantId))],
    sweep: async ({ tenantId, city, settings, now, enqueue }) => {
      const foreign = await enqueue(echoJob, { tenantId: cities.off.id, window: 0 }).then(
        () => 'accepted',
        (e: Error) => e.message,
      );
      swept.push({ tenantId, scope: requireTenantId(), host: city.host, greeting: settings.greeting, foreignEnqueue: foreign });
      await enqueue(echoJob, { tenantId, window: Math.floor(now.getTime() / SWEEP_INTERVAL_MS) });
    },
  });
  t = await openTestApp({}, createModuleRegistry([module]));
  await shareModuleAsPlatform(t.runtime.platformDb, id, 'test');
  for (const city of Object.values(cities)) await setEntitlements(t.runtime.platformDb, city.id, [id], 'test');
  for (const city of [cities.on, cities.suspended]) {
    const admin = t.client(city.host);
    await admin.post('/api/auth/staff/sign-in', await admin.csrf()).send(await makeStaff(t.runtime.platformDb, city.id, 'admin')).expect(200);
    const csrf = await admin.csrf();
    await admin.post(`/api/admin/modules/${id}/enable`, csrf).send({}).expect(200);
    if (city === cities.on) await admin.put(`/api/admin/modules/${id}/settings`, csrf).send({ settings: { greeting: 'bonjour' } }).expect(200);
  }
  await t.runtime.platformDb.tenant.update({ where: { id: cities.suspended.id }, data: { status: 'suspended' } });
});

afterAll(async () => {
  if (!t) return;
  for (const name of [moduleSweepJob.name, echoJob.name, 'modules.lifecycle']) await t.runtime.jobs.queue(name).obliterate({ force: true });
  await t.close();
});

describe('the module sweep', () => {
  it('is enqueued once per interval, only for active cities that have the module on', async () => {
    const now = Date.now();
    expect(await enqueueSweeps(t.runtime, now)).toBe(1);
    // A second worker (or the same one again) in the same interval adds nothing.
    expect(await enqueueSweeps(t.runtime, now + 1)).toBe(1);
    const queue = t.runtime.jobs.queue(moduleSweepJob.name);
    const window = Math.floor(now / SWEEP_INTERVAL_MS);
    expect(await queue.getJob(`modules.sweep.${cities.on.id}.${id}.${window}`)).toBeDefined();
    const counts = await queue.getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed');
    expect(Object.values(counts).reduce((s, n) => s + n, 0)).toBe(1);
  });

  it('runs in the city’s scope with its settings and host, and enqueues only for that city', async () => {
    t.startWorker();
    await expect.poll(() => echoed, { timeout: 15_000 }).toContain(cities.on.id);
    expect(swept).toEqual([
      { tenantId: cities.on.id, scope: cities.on.id, host: cities.on.host, greeting: 'bonjour', foreignEnqueue: expect.stringMatching(/only enqueue jobs for its own city/) },
    ]);
    expect(echoed).toEqual([cities.on.id]);
  });

  it('does nothing for a city that has switched the module off since it was enqueued', async () => {
    const admin = t.client(cities.on.host);
    await admin.post('/api/auth/staff/sign-in', await admin.csrf()).send(await makeStaff(t.runtime.platformDb, cities.on.id, 'admin')).expect(200);
    const csrf = await admin.csrf();
    await admin.post(`/api/admin/modules/${id}/disable`, csrf).send({}).expect(200);
    const runs = swept.length;
    const job = await t.runtime.jobs.enqueue(moduleSweepJob, { tenantId: cities.on.id, moduleId: id, window: -1 });
    const queue = t.runtime.jobs.queue(moduleSweepJob.name);
    await expect.poll(async () => (await queue.getJob(job))?.returnvalue, { timeout: 15_000 }).toEqual({ skipped: 'module not active for this city' });
    expect(swept).toHaveLength(runs);
    expect(await enqueueSweeps(t.runtime, Date.now() + 10 * SWEEP_INTERVAL_MS)).toBe(0);
  });
});
