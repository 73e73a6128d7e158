import express from 'express';
import { Registry } from 'prom-client';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { httpMetrics } from './http-metrics.ts';

async function countsByRoute(registry: Registry) {
  const metric = await registry.getSingleMetric('civitas_http_requests_total')!.get();
  return Object.fromEntries(metric.values.map((v) => [`${v.labels.method} ${v.labels.route} ${v.labels.status}`, v.value]));
}

describe('httpMetrics', () => {
  it('counts and times requests by route pattern, method and status', async () => {
    const registry = new Registry();
    const app = express();
    app.use(httpMetrics(registry).middleware);
    app.get('/cities/:slug', (_req, res) => {
      res.send('ok');
    });
    await request(app).get('/cities/paris').expect(200);
    await request(app).get('/cities/budapest').expect(200);
    await request(app).get('/nowhere').expect(404);
    expect(await countsByRoute(registry)).toEqual({ 'GET /cities/:slug 200': 2, 'GET unmatched 404': 1 });
    const text = await registry.metrics();
    expect(text).toContain('civitas_http_request_duration_seconds_count{route="/cities/:slug",method="GET"} 2');
    expect(text).not.toContain('paris');
  });

  it('stops adding routes past the limit and counts the rest as "other"', async () => {
    const registry = new Registry();
    const app = express();
    app.use(httpMetrics(registry, { maxRoutes: 2 }).middleware);
    for (const path of ['/a', '/b', '/c', '/d']) {
      app.get(path, (_req, res) => {
        res.send(path);
      });
    }
    for (const path of ['/a', '/b', '/c', '/d', '/a']) await request(app).get(path).expect(200);
    expect(await countsByRoute(registry)).toEqual({ 'GET /a 200': 2, 'GET /b 200': 1, 'GET other 200': 2 });
  });
});
