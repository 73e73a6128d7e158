import { randomBytes } from 'node:crypto';
import { hashPassword } from '@civitas/auth';
import { createOperator } from '@civitas/platform';
import { makeTenant, openTestApp } from '@civitas/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp({ METRICS_TOKEN: 'a-metrics-token-that-is-long-enough-1234' });
});
afterAll(() => t.close());

describe('operating the platform', () => {
  it('exposes Prometheus metrics by route pattern, queue depth and provisioning, to allowed addresses only', async () => {
    const city = await makeTenant(t.runtime.platformDb);
    await t.client(city.host).get('/api/site').expect(200);
    await t.client(city.host).get('/api/admin/modules/contacts').expect(401);
    const res = await t.client('127.0.0.1').get('/metrics').expect(200);
    expect(res.text).toMatch(/civitas_http_requests_total\{route="\/api\/site",method="GET",status="200"\} \d+/);
    expect(res.text).not.toContain(city.slug);
    expect(res.text).toContain('civitas_queue_jobs{queue="mail.send",state="waiting"}');
    expect(res.text).toContain('civitas_provisioning_duration_seconds_count{outcome="succeeded"}');
    // From elsewhere, only with the token.
    const away = await t.client('127.0.0.1').get('/metrics').set('X-Forwarded-For', '203.0.113.9');
    expect(away.status).toBe(404);
  });

  it('shows the queues dashboard on the console host to operators only', async () => {
    await t.client('console.localhost').get('/queues').expect(401);
    const email = `op-${randomBytes(3).toString('hex')}@example.test`;
    await createOperator(t.runtime.platformDb, { email, displayName: 'Op', passwordHash: await hashPassword('operator password 9') });
    const op = t.client('console.localhost');
    await op.post('/api/auth/operator/sign-in', await op.csrf()).send({ email, password: 'operator password 9' }).expect(200);
    const page = await op.get('/queues').expect(200);
    expect(page.text).toMatch(/<html/i);
    const api = await op.get('/queues/api/queues').expect(200);
    expect(JSON.stringify(api.body)).toContain('platform.provisioning');
  });
});
