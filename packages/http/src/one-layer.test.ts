import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { oneLayer } from './one-layer.ts';

describe('oneLayer', () => {
  it('runs the middlewares in order, then the rest of the app', async () => {
    const seen: string[] = [];
    const app = express();
    app.use(
      oneLayer(
        (_req, res, next) => {
          seen.push('first');
          res.setHeader('x-first', '1');
          next();
        },
        (_req, _res, next) => {
          seen.push('second');
          next();
        },
      ),
    );
    app.get('/', (_req, res) => {
      seen.push('route');
      res.send('ok');
    });
    const answer = await request(app).get('/').expect(200);
    expect(answer.headers['x-first']).toBe('1');
    expect(seen).toEqual(['first', 'second', 'route']);
  });

  it('stops at the first error and hands it to the error handler', async () => {
    const seen: string[] = [];
    const app = express();
    app.use(
      oneLayer(
        (_req, _res, next) => next(Object.assign(new Error('refused'), { status: 418 })),
        (_req, _res, next) => {
          seen.push('second');
          next();
        },
      ),
    );
    app.use((error: Error & { status: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(error.status).send(error.message);
    });
    const answer = await request(app).get('/').expect(418);
    expect(answer.text).toBe('refused');
    expect(seen).toEqual([]);
  });

  it('lets a middleware answer without calling the next one', async () => {
    const app = express();
    let reached = false;
    app.use(
      oneLayer(
        (_req, res) => {
          res.status(503).send('closed');
        },
        (_req, _res, next) => {
          reached = true;
          next();
        },
      ),
    );
    await request(app).get('/').expect(503);
    expect(reached).toBe(false);
  });
});
