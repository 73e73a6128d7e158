import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { type MetricsAccessOptions, metricsAccess } from './metrics-access.ts';

const TOKEN = 'a'.repeat(40);

function appAsking(options: MetricsAccessOptions, trustProxy: boolean) {
  const app = express();
  app.set('trust proxy', trustProxy);
  const allowed = metricsAccess(options);
  app.get('/check', (req, res) => {
    res.status(allowed(req) ? 200 : 404).end();
  });
  return app;
}

describe('metricsAccess', () => {
  it('lets loopback in by default and no one else', async () => {
    const app = appAsking({}, true);
    await request(app).get('/check').expect(200);
    await request(app).get('/check').set('X-Forwarded-For', '::1').expect(200);
    await request(app).get('/check').set('X-Forwarded-For', '203.0.113.9').expect(404);
  });

  it('judges the client address, not the proxy, when the proxy is trusted', async () => {
    const app = appAsking({ allowedIps: ['10.1.0.0/16'] }, true);
    await request(app).get('/check').set('X-Forwarded-For', '10.1.2.3').expect(200);
    await request(app).get('/check').set('X-Forwarded-For', '10.2.0.1').expect(404);
  });

  it('refuses a forwarded request from a proxy it does not trust, even on loopback, unless it has the token', async () => {
    const app = appAsking({ allowedIps: ['127.0.0.1', '::1'], token: TOKEN }, false);
    await request(app).get('/check').expect(200);
    await request(app).get('/check').set('X-Forwarded-For', '203.0.113.9').expect(404);
    await request(app).get('/check').set('X-Forwarded-For', '127.0.0.1').expect(404);
    await request(app).get('/check').set('X-Real-IP', '203.0.113.9').expect(404);
    await request(app).get('/check').set('Forwarded', 'for=203.0.113.9').expect(404);
    await request(app).get('/check').set('X-Forwarded-For', '203.0.113.9').set('Authorization', `Bearer ${TOKEN}`).expect(200);
  });

  it('refuses a trusted proxy that names the client only in headers Express does not read', async () => {
    const app = appAsking({}, true);
    await request(app).get('/check').set('X-Real-IP', '203.0.113.9').expect(404);
    await request(app).get('/check').set('Forwarded', 'for=203.0.113.9').expect(404);
  });

  it('accepts the bearer token from any address', async () => {
    const app = appAsking({ allowedIps: [], token: TOKEN }, true);
    await request(app).get('/check').set('X-Forwarded-For', '203.0.113.9').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    await request(app).get('/check').set('Authorization', `bearer ${TOKEN}`).expect(200);
  });

  it('refuses a wrong, partial or differently sent token', async () => {
    const app = appAsking({ allowedIps: [], token: TOKEN }, true);
    for (const header of [`Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(1)}`, `Basic ${TOKEN}`, TOKEN, 'Bearer ', '']) {
      await request(app).get('/check').set('Authorization', header).expect(404);
    }
    await request(app).get('/check').expect(404);
  });

  it('ignores any token when none is configured', async () => {
    const app = appAsking({ allowedIps: [] }, true);
    await request(app).get('/check').set('Authorization', 'Bearer undefined').expect(404);
    await request(app).get('/check').set('Authorization', 'Bearer ').expect(404);
  });
});
