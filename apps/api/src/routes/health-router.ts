import type { AppClient } from '@civitas/db';
import { Router } from 'express';
import type { Redis } from 'ioredis';

/** Liveness and readiness, answered on any host (load balancers probe by address). */
export function createHealthRouter({ db, redis }: { db: AppClient; redis: Redis }) {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const [postgres, redisOk] = await Promise.all([
      db.$queryRaw`select 1`.then(() => true, () => false),
      redis.ping().then((r) => r === 'PONG', () => false),
    ]);
    const ready = postgres && redisOk;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks: { postgres, redis: redisOk } });
  });
  return router;
}
