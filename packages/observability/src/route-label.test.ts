import express, { type NextFunction, type Request, type Response, Router } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { routeLabel, trackRouteLabels } from './route-label.ts';

/** An app shaped like Civitas's: /api dispatched by hand to a face router, errors handled at the top. */
function appRecordingLabels() {
  const labels: string[] = [];
  const app = express();
  trackRouteLabels();
  app.use((req, res, next) => {
    res.once('finish', () => labels.push(routeLabel(req)));
    next();
  });
  const admin = Router();
  admin.get('/admin/modules/:id', (req, res) => {
    res.json({ id: req.params.id });
  });
  admin.post('/admin/modules/:id/enable', async () => {
    await Promise.resolve();
    throw Object.assign(new Error('not in plan'), { status: 409 });
  });
  const things = Router();
  things.get('/', (_req, res) => {
    res.send('all');
  });
  admin.use('/things', things);
  const moduleApi = Router();
  moduleApi.get('/items/:itemId', (_req, res) => {
    res.send('item');
  });
  admin.use('/m/:moduleId', (req, res, next) => (req.params.moduleId === 'contacts' ? moduleApi(req, res, next) : res.sendStatus(404)));
  app.use('/api', (req, res, next) => admin(req, res, next));
  admin.get(['/', '/queue/:name'], (_req, res) => {
    res.send('page');
  });
  app.get(/^\/files\/.*/, (_req, res) => {
    res.send('file');
  });
  app.use((error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    res.status(error.status ?? 500).json({ error: error.message });
  });
  return { app, labels };
}

describe('routeLabel', () => {
  it('is the full matched pattern across mounts, never the URL', async () => {
    const { app, labels } = appRecordingLabels();
    await request(app).get('/api/admin/modules/contacts').expect(200);
    await request(app).get('/api/admin/modules/notices?x=1').expect(200);
    expect(labels).toEqual(['/api/admin/modules/:id', '/api/admin/modules/:id']);
  });

  it('keeps the mount prefix when the route fails and the error is answered at the top', async () => {
    const { app, labels } = appRecordingLabels();
    await request(app).post('/api/admin/modules/contacts/enable').expect(409);
    expect(labels).toEqual(['/api/admin/modules/:id/enable']);
  });

  it('names a router root by its mount path', async () => {
    const { app, labels } = appRecordingLabels();
    await request(app).get('/api/things').expect(200);
    await request(app).get('/api/things/').expect(200);
    expect(labels).toEqual(['/api/things', '/api/things']);
  });

  it('counts requests no route answered as unmatched', async () => {
    const { app, labels } = appRecordingLabels();
    await request(app).get('/api/nothing/here/12345').expect(404);
    await request(app).delete('/api/admin/modules/contacts').expect(404);
    await request(app).get('/api/m/unknown/items/1').expect(404);
    expect(labels).toEqual(['unmatched', 'unmatched', 'unmatched']);
  });

  it('keeps the value of a mount parameter (bounded: the module ids) and the pattern of the route', async () => {
    const { app, labels } = appRecordingLabels();
    await request(app).get('/api/m/contacts/items/42').expect(200);
    await request(app).get('/api/m/contacts/items/43').expect(200);
    expect(labels).toEqual(['/api/m/contacts/items/:itemId', '/api/m/contacts/items/:itemId']);
  });

  it('names a route with several paths by all of them', async () => {
    const { app, labels } = appRecordingLabels();
    await request(app).get('/api/queue/mail.send').expect(200);
    expect(labels).toEqual(['/api|/api/queue/:name']);
  });

  it('labels a regular-expression route by its source', async () => {
    const { app, labels } = appRecordingLabels();
    await request(app).get('/files/a/b/c.txt').expect(200);
    expect(labels).toEqual(['/^\\/files\\/.*/']);
  });
});
