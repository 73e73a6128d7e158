import { randomBytes } from 'node:crypto';
import { type AddressInfo, createServer } from 'node:net';
import { MetricsTime, Queue, Worker } from 'bullmq';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { JobQueues } from '@civitas/jobs';
import { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMetrics } from './create-metrics.ts';

const TOKEN = randomBytes(24).toString('hex');
const redisPrefix = `civitas-test-obs-${randomBytes(4).toString('hex')}`;
const prefix = `${redisPrefix}:bull`;
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
// The queues as the API would hand them over: every job kind by name, whether enqueued on yet or not.
const jobs = new JobQueues(redis, redisPrefix);
const [mail, privacy] = jobs.queuesFor(['mail.send', 'privacy.export', 'mail.send']) as [Queue, Queue];

/** A client outside the allow-list: a documentation address, only ever written into a header. */
const OUTSIDER = '203.0.113.9';

function buildApp() {
  const metrics = createMetrics({ queues: () => [mail, privacy], access: { allowedIps: ['127.0.0.1', '::1'], token: TOKEN } });
  const app = express();
  app.set('trust proxy', true);
  app.use(metrics.middleware);
  app.use(metrics.router);
  const api = Router();
  api.get('/admin/modules/:id', (req, res) => {
    res.json({ id: req.params.id });
  });
  api.post('/admin/modules/:id/enable', () => {
    throw Object.assign(new Error('not in plan'), { status: 409 });
  });
  app.use('/api', api);
  app.use((error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    res.status(error.status ?? 500).json({ error: error.message });
  });
  return { app, metrics };
}

const scrape = (app: express.Express) => request(app).get('/metrics').set('X-Forwarded-For', '127.0.0.1');

beforeAll(async () => {
  await mail.add('mail.send', { tenantId: 'a' }, { jobId: 'waiting-1' });
  await mail.add('mail.send', { tenantId: 'a' }, { jobId: 'delayed-1', delay: 60_000 });
  // One job that fails for good, on a worker counting BullMQ metrics as the platform's workers must.
  await privacy.add('privacy.export', { tenantId: 'b' }, { jobId: 'doomed', attempts: 1 });
  const connection = redis.duplicate({ maxRetriesPerRequest: null });
  const worker = new Worker(
    'privacy.export',
    async () => {
      throw new Error('disk full');
    },
    { connection, prefix, metrics: { maxDataPoints: MetricsTime.ONE_HOUR } },
  );
  await new Promise((resolve) => worker.once('failed', resolve));
  await worker.close();
  await connection.quit();
});

afterAll(async () => {
  for (const queue of [mail, privacy]) await queue.obliterate({ force: true });
  await jobs.close();
  const left = await redis.keys(`${prefix}:*`);
  if (left.length > 0) await redis.del(...left);
  await redis.quit();
});

describe('metrics', () => {
  it('labels requests by route pattern, including failed ones, never by URL', async () => {
    const { app } = buildApp();
    await request(app).get('/api/admin/modules/contacts').expect(200);
    await request(app).get('/api/admin/modules/notices').expect(200);
    await request(app).post('/api/admin/modules/notices/enable').expect(409);
    await request(app).get('/no/such/page').expect(404);

    const text = (await scrape(app).expect(200).expect('content-type', /^text\/plain; version=0.0.4/)).text;
    expect(text).toContain('civitas_http_requests_total{route="/api/admin/modules/:id",method="GET",status="200"} 2');
    expect(text).toContain('civitas_http_requests_total{route="/api/admin/modules/:id/enable",method="POST",status="409"} 1');
    expect(text).toContain('civitas_http_requests_total{route="unmatched",method="GET",status="404"} 1');
    expect(text).toContain('civitas_http_request_duration_seconds_bucket{le="0.005",route="/api/admin/modules/:id",method="GET"}');
    expect(text).not.toMatch(/route="[^"]*(contacts|notices)/);
    expect(text).not.toContain('tenant');
  });

  it('reads queue depth by state and failures from Redis at scrape time', async () => {
    const { app } = buildApp();
    const text = (await scrape(app).expect(200)).text;
    expect(text).toContain('civitas_queue_jobs{queue="mail.send",state="waiting"} 1');
    expect(text).toContain('civitas_queue_jobs{queue="mail.send",state="delayed"} 1');
    expect(text).toContain('civitas_queue_jobs{queue="mail.send",state="failed"} 0');
    expect(text).toContain('civitas_queue_jobs{queue="privacy.export",state="failed"} 1');
    expect(text).toContain('civitas_queue_failures_total{queue="privacy.export"} 1');
    expect(text).toContain('civitas_queue_failures_total{queue="mail.send"} 0');

    await mail.add('mail.send', { tenantId: 'a' }, { jobId: 'waiting-2' });
    expect((await scrape(app)).text).toContain('civitas_queue_jobs{queue="mail.send",state="waiting"} 2');
    await mail.remove('waiting-2');
  });

  it('gives a second process the same queue numbers (they live in Redis, not in the process)', async () => {
    const { app } = buildApp();
    const text = (await scrape(app)).text;
    expect(text).toContain('civitas_queue_failures_total{queue="privacy.export"} 1');
    expect(text).toContain('civitas_queue_jobs{queue="mail.send",state="waiting"} 1');
  });

  it('records provisioning durations by outcome', async () => {
    const { app, metrics } = buildApp();
    metrics.observeProvisioning(12.5, 'succeeded');
    metrics.observeProvisioning(40, 'failed');
    const text = (await scrape(app)).text;
    expect(text).toContain('civitas_provisioning_duration_seconds_count{outcome="succeeded"} 1');
    expect(text).toContain('civitas_provisioning_duration_seconds_bucket{le="20",outcome="succeeded"} 1');
    expect(text).toContain('civitas_provisioning_duration_seconds_sum{outcome="failed"} 40');
  });

  it('includes the default process metrics', async () => {
    const { app } = buildApp();
    expect((await scrape(app)).text).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it('still answers when Redis does not, leaving the queue series out and counting the miss', async () => {
    // A server on loopback that accepts connections and never replies: every Redis command hangs.
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const unanswered = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: null, enableReadyCheck: false });
    unanswered.on('error', () => undefined);
    const stuck = new Queue('mail.send', { connection: unanswered, prefix, skipVersionCheck: true });
    stuck.on('error', () => undefined);
    try {
      const metrics = createMetrics({ queues: () => [stuck] });
      const app = express().use(metrics.middleware, metrics.router);
      const started = Date.now();
      const text = (await request(app).get('/metrics').expect(200)).text;
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(text).toContain('process_resident_memory_bytes');
      expect(text).not.toMatch(/^civitas_queue_jobs\{/m);
      expect(text).not.toMatch(/^civitas_queue_failures_total\{/m);
      expect(text).toMatch(/^civitas_queue_collect_errors_total\{queue="mail.send"\} 1$/m);
    } finally {
      unanswered.disconnect();
      silent.close();
    }
  });

  it('answers 404 to a disallowed address without the token, and 200 with it', async () => {
    const { app } = buildApp();
    const refused = await request(app).get('/metrics').set('X-Forwarded-For', OUTSIDER).expect(404);
    expect(refused.text).not.toContain('civitas_');
    await request(app).get('/metrics').set('X-Forwarded-For', OUTSIDER).set('Authorization', 'Bearer wrong-token').expect(404);
    const allowed = await request(app).get('/metrics').set('X-Forwarded-For', OUTSIDER).set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(allowed.text).toContain('civitas_queue_jobs');
    expect(allowed.headers['cache-control']).toBe('no-store');
  });
});
