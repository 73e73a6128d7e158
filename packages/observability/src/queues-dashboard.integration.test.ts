import { randomBytes } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import express, { type Request } from 'express';
import helmet from 'helmet';
import { Redis } from 'ioredis';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueuesDashboard, type QueuesDashboardOptions } from './create-queues-dashboard.ts';

const prefix = `civitas-test-obs-${randomBytes(4).toString('hex')}:bull`;
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
const mail = new Queue('mail.send', { connection: redis, prefix });
const privacy = new Queue('privacy.export', { connection: redis, prefix });
const provisioning = new Queue('platform.provisioning', { connection: redis, prefix });

/** The API's own helmet settings (apps/api/src/create-app.ts): the dashboard must live under them. */
function appWithCivitasCsp(options: Partial<QueuesDashboardOptions> = {}) {
  const app = express();
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'https:', 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use(express.json({ limit: '100kb' }));
  app.use('/queues', createQueuesDashboard({ basePath: '/queues', queues: () => [mail, privacy], ...options }));
  app.use((req, res) => {
    // The dashboard's own Express app must not stay attached to a request it passes on.
    res.status(404).send(req.app === app ? 'the rest of the app' : 'a request still dressed as the dashboard app');
  });
  return app;
}

async function queueNames(app: express.Express): Promise<string[]> {
  const res = await request(app).get('/queues/api/queues').expect(200);
  return (res.body.queues as { name: string }[]).map((q) => q.name).sort();
}

beforeAll(async () => {
  await mail.add('mail.send', { tenantId: 'a' }, { jobId: 'w1' });
  await privacy.add('privacy.export', { tenantId: 'b' }, { jobId: 'f1', attempts: 1 });
  const connection = redis.duplicate({ maxRetriesPerRequest: null });
  const worker = new Worker(
    'privacy.export',
    async () => {
      throw new Error('disk full');
    },
    { connection, prefix },
  );
  await new Promise((resolve) => worker.once('failed', resolve));
  await worker.close();
  await connection.quit();
});

afterAll(async () => {
  for (const queue of [mail, privacy, provisioning]) {
    await queue.obliterate({ force: true });
    await queue.close();
  }
  const left = await redis.keys(`${prefix}:*`);
  if (left.length > 0) await redis.del(...left);
  await redis.quit();
});

describe('queues dashboard', () => {
  it('serves a page that runs under the strict CSP: scripts are files of its own, no inline code', async () => {
    const app = appWithCivitasCsp();
    const page = await request(app).get('/queues').expect(200).expect('content-type', /text\/html/);
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(page.headers['x-powered-by']).toBeUndefined();
    expect(page.text).toContain('<base href="/queues/"');

    const scripts = [...page.text.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(1);
    for (const attributes of scripts) {
      // Either a file from the same origin, or a data block the browser never executes.
      expect(attributes).toMatch(/\bsrc="(?!https?:|\/\/)[^"]+"|type="application\/json"/);
    }
    for (const [, src] of page.text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
      await request(app).get(`/queues/${src}`).expect(200).expect('content-type', /javascript/);
    }
  });

  it('lists every queue it is given, asking again on each request', async () => {
    let queues = [mail, privacy];
    const app = appWithCivitasCsp({ queues: () => queues });
    expect(await queueNames(app)).toEqual(['mail.send', 'privacy.export']);
    queues = [mail, privacy, provisioning];
    expect(await queueNames(app)).toEqual(['mail.send', 'platform.provisioning', 'privacy.export']);
  });

  it('refuses a change sent from another origin, and records the ones it accepts', async () => {
    const writes: string[] = [];
    const app = appWithCivitasCsp({ onWrite: (req: Request) => void writes.push(`${req.method} ${req.path}`) });
    const host = 'console.localhost';

    const forged = await request(app).put('/queues/api/queues/privacy.export/retry/failed').set('Host', host).set('Origin', 'http://paris.localhost').expect(403);
    expect(forged.body.error).toBe('cross_origin');
    await request(app).put('/queues/api/queues/privacy.export/retry/failed').set('Host', host).expect(403);
    expect(writes).toEqual([]);
    expect(await privacy.getJobCounts('failed')).toEqual({ failed: 1 });

    await request(app).put('/queues/api/queues/privacy.export/retry/failed').set('Host', host).set('Origin', `http://${host}`).expect(200);
    expect(writes).toEqual(['PUT /api/queues/privacy.export/retry/failed']);
    expect(await privacy.getJobCounts('failed', 'waiting')).toEqual({ failed: 0, waiting: 1 });
  });

  it('in read-only mode shows the queues but changes nothing', async () => {
    await mail.add('mail.send', { tenantId: 'a' }, { jobId: 'w2' });
    const app = appWithCivitasCsp({ readOnly: true });
    expect(await queueNames(app)).toEqual(['mail.send', 'privacy.export']);
    await request(app).put('/queues/api/queues/mail.send/clean/waiting').set('Host', 'console.localhost').set('Origin', 'http://console.localhost').expect(405);
    expect(await mail.getJobCounts('waiting')).toEqual({ waiting: 2 });
  });

  it('passes requests it does not serve on to the rest of the app, unchanged', async () => {
    const app = appWithCivitasCsp();
    const res = await request(app).get('/queues/static/no-such-file.js');
    expect(res.text).toBe('the rest of the app');
  });
});
