import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { routeLabel } from './route-label.ts';
import { type AccessLogMode, type AccessLogOptions, installRequestLogging, keepInSample } from './access-log.ts';

function appWith(mode: AccessLogMode, random = () => 0.5, onFinish?: AccessLogOptions['onFinish']) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const app = express();
  app.use(installRequestLogging(app, logger, { mode, random, context: () => ({ tenant: 'lyon' }), ignore: (req) => req.url === '/health', onFinish }));
  app.get('/items/:id', (_req, res) => res.json({ ok: true }));
  app.post('/items', (_req, res) => res.status(201).json({ ok: true }));
  app.get('/health', (_req, res) => res.send('ok'));
  app.get('/talk', (req, res) => {
    req.log.info({ step: 'inside' }, 'handler says');
    res.send('ok');
  });
  return { app, lines: async () => (await new Promise((r) => setImmediate(r)), lines.filter((l) => l.msg === 'request')), all: lines };
}

describe('keepInSample', () => {
  const options = { sampleRate: 0.01, slowMs: 500 };
  it('keeps every non-2xx answer, every write and every slow request', () => {
    const never = () => 0.99;
    expect(keepInSample({ method: 'GET', status: 404, ms: 1 }, { ...options, random: never })).toBe(true);
    expect(keepInSample({ method: 'GET', status: 304, ms: 1 }, { ...options, random: never })).toBe(true);
    expect(keepInSample({ method: 'GET', status: 503, ms: 1 }, { ...options, random: never })).toBe(true);
    expect(keepInSample({ method: 'POST', status: 200, ms: 1 }, { ...options, random: never })).toBe(true);
    expect(keepInSample({ method: 'DELETE', status: 204, ms: 1 }, { ...options, random: never })).toBe(true);
    expect(keepInSample({ method: 'GET', status: 200, ms: 501 }, { ...options, random: never })).toBe(true);
  });
  it('keeps one in a hundred of the fast successful reads', () => {
    let i = 0;
    const evenlySpread = () => (i++ % 1000) / 1000;
    const kept = Array.from({ length: 10_000 }, () => keepInSample({ method: 'GET', status: 200, ms: 3 }, { ...options, random: evenlySpread }));
    expect(kept.filter(Boolean).length).toBe(100);
  });
});

describe('installRequestLogging', () => {
  it('writes one minimal line per request in "all" mode, with the route pattern and the request id it sent back', async () => {
    const { app, lines } = appWith('all');
    const res = await request(app).get('/items/42').expect(200);
    const [line, ...rest] = await lines();
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ level: 30, method: 'GET', route: '/items/:id', status: 200, tenant: 'lyon', reqId: res.headers['x-request-id'] });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof line!.ms).toBe('number');
    // Minimal: no headers, no URL with its query, no remote address.
    expect(Object.keys(line!).sort()).toEqual(['level', 'method', 'ms', 'msg', 'pid', 'hostname', 'reqId', 'route', 'status', 'tenant', 'time'].sort());
  });

  it('in "sampled" mode skips an ordinary read but keeps writes and errors', async () => {
    const { app, lines } = appWith('sampled');
    await request(app).get('/items/1').expect(200);
    await request(app).post('/items').expect(201);
    await request(app).get('/nowhere').expect(404);
    const kept = await lines();
    expect(kept.map((l) => [l.method, l.status])).toEqual([
      ['POST', 201],
      ['GET', 404],
    ]);
    expect(kept[1]).toMatchObject({ level: 40, route: 'unmatched' });
  });

  it('logs nothing in "off" mode and never for ignored paths, but still sends request ids', async () => {
    const off = appWith('off');
    const res = await request(off.app).post('/items').expect(201);
    expect(res.headers['x-request-id']).toBeTruthy();
    expect(await off.lines()).toEqual([]);
    const all = appWith('all');
    await request(all.app).get('/health').expect(200);
    expect(await all.lines()).toEqual([]);
  });

  it('gives handlers a logger bound to the request id and the city', async () => {
    const { app, all } = appWith('off');
    const res = await request(app).get('/talk').expect(200);
    await new Promise((r) => setImmediate(r));
    expect(all).toEqual([expect.objectContaining({ msg: 'handler says', step: 'inside', tenant: 'lyon', reqId: res.headers['x-request-id'] })]);
  });

  it('tells the metrics of every finished request, logged or not, with its route, status and duration', async () => {
    for (const mode of ['off', 'sampled', 'all'] as const) {
      const finished: { route: string; status: number; ms: number }[] = [];
      const { app } = appWith(mode, () => 0.5, (req, res, ms) => finished.push({ route: routeLabel(req), status: res.statusCode, ms }));
      await request(app).get('/items/7').expect(200);
      await request(app).get('/health').expect(200);
      await request(app).get('/nothing').expect(404);
      expect(finished.map(({ route, status }) => [route, status])).toEqual([
        ['/items/:id', 200],
        ['/health', 200],
        ['unmatched', 404],
      ]);
      expect(finished.every((f) => f.ms >= 0 && f.ms < 5_000)).toBe(true);
    }
  });
});
