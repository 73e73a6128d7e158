import type { AppClient } from '@civitas/db';
import type { Express } from 'express';
import type { Redis } from 'ioredis';

/**
 * Liveness and readiness, answered on any host (load balancers probe by address). Routes of the
 * app itself rather than a router under /api: a mounted router would be walked by every API request.
 */
export function installHealthRoutes(app: Express, { db, redis }: { db: AppClient; redis: Redis }) {
  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/api/ready', async (_req, res) => {
    const [postgres, redisOk] = await Promise.all([
      db.$queryRaw`select 1`.then(() => true, () => false),
      redis.ping().then((r) => r === 'PONG', () => false),
    ]);
    const ready = postgres && redisOk;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks: { postgres, redis: redisOk } });
  });
}
