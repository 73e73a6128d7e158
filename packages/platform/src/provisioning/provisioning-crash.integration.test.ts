import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '@civitas/auth';
import { withTenant } from '@civitas/db';
import { makeResident, makeTenant, openTestApp } from '@civitas/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProvisioningKit } from './provisioning-test-kit.ts';
import { createOperator } from '../create-tenant.ts';
import { setEntitlements, shareModuleAsPlatform } from '../entitlements.ts';
import { findRun } from './provisioning-runs.ts';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
let kit: Awaited<ReturnType<typeof openProvisioningKit>>;
let t: typeof kit.t;
let source: typeof kit.source;
let op: typeof kit.op;
beforeAll(async () => {
  kit = await openProvisioningKit();
  ({ t, source, op } = kit);
});
afterAll(() => t.close());
const slug = () => kit.slug();
const request = (s: string, extra: object = {}) => kit.request(s, extra);
const until = (runId: string, status: 'succeeded' | 'failed', timeoutMs?: number) => kit.until(runId, status, timeoutMs);
const counts = (tenantId: string) => kit.counts(tenantId);

describe('provisioning under a crash', () => {
  it('survives the worker being killed mid-flow: one active city, no duplicated rows', async () => {
    const s = slug();
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: t.runtime.config.DATABASE_URL,
      PLATFORM_DATABASE_URL: t.runtime.config.PLATFORM_DATABASE_URL,
      REDIS_PREFIX: t.runtime.config.REDIS_PREFIX,
      SMTP_URL: t.runtime.config.SMTP_URL,
      PROVISIONING_LOCK_MS: '1500',
      LOG_LEVEL: 'silent',
    };
    const worker = () => spawn(process.execPath, ['--import', 'tsx', 'apps/worker/src/main.ts'], { cwd: root, env, stdio: 'ignore' });
    let first: ChildProcess | undefined = worker();
    const started = await op.post('/api/console/cities', await op.csrf()).send(request(s));
    const runId = started.body.run.id;
    // Kill it hard as soon as some, but not all, steps are done.
    const deadline = Date.now() + 15_000;
    let doneAtKill = 0;
    while (doneAtKill === 0 && Date.now() < deadline) {
      const run = await findRun(t.runtime.platformDb, runId);
      doneAtKill = (run!.steps as { status: string }[]).filter((x) => x.status === 'done').length;
      if (doneAtKill === 0) await new Promise((r) => setTimeout(r, 2));
    }
    first.kill('SIGKILL');
    expect(doneAtKill).toBeGreaterThan(0);
    expect(doneAtKill).toBeLessThan(7);
    first = undefined;
    const second = worker();
    try {
      const run = await until(runId, 'succeeded', 30_000);
      const tenantId = run.subjectTenantId!;
      expect(await t.runtime.platformDb.tenant.count({ where: { slug: s } })).toBe(1);
      expect((await t.runtime.platformDb.tenant.findFirst({ where: { slug: s } }))!.status).toBe('active');
      expect(await counts(tenantId)).toMatchObject({ cities: 1, domains: 1, plan: 2, modules: 1, invitations: 1, enabledEntries: 1, settingsEntries: 1 });
      await new Promise((r) => setTimeout(r, 500));
      expect(t.smtp.messages.filter((m) => m.to.includes(`admin@${s}.test`))).toHaveLength(1);
    } finally {
      second.kill('SIGTERM');
    }
  }, 60_000);
});
