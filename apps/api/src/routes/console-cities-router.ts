import { redisForWaiting } from '@civitas/jobs';
import type { PlatformClient } from '@civitas/db';
import { HttpError, notFound } from '@civitas/http';
import type { ModuleRegistry } from '@civitas/module-sdk';
import {
  addDomain,
  findRun,
  listRecentRuns,
  progressChannel,
  removeDomain,
  requestCityDeletion,
  retryProvisioning,
  setCityStatus,
  setPrimaryDomain,
  startCityExport,
  startProvisioning,
  STEP_LABELS,
  type StepState,
} from '@civitas/platform';
import type { HostResolver } from '@civitas/tenancy';
import { type Request, type Response, Router } from 'express';
import type { Redis } from 'ioredis';
import { z } from 'zod';

interface Deps {
  platformDb: PlatformClient;
  redis: Redis;
  prefix: string;
  baseDomain: string;
  registry: ModuleRegistry;
  resolver: HostResolver;
}

const runView = (run: NonNullable<Awaited<ReturnType<typeof findRun>>>) => {
  const steps = (run.steps as unknown as StepState[]).map((s) => ({ ...s, label: STEP_LABELS[s.name] }));
  return {
    id: run.id,
    slug: run.slug,
    tenantId: run.subjectTenantId,
    status: run.status,
    error: run.error,
    attempt: run.attempt,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
    steps,
    progress: { done: steps.filter((s) => s.status === 'done').length, total: steps.length },
    current: steps.find((s) => s.status === 'running' || s.status === 'failed')?.name ?? null,
  };
};

/** Provisioning and the whole life of a city, for operators on the console host. */
export function createConsoleCitiesRouter(deps: Deps) {
  const router = Router();
  const operator = (req: Request) => ({ id: req.operator!.id, email: req.operator!.email });
  const cityId = (req: Request) => {
    const parsed = z.uuid().safeParse(req.params.id);
    if (!parsed.success) throw notFound('This city');
    return parsed.data;
  };
  const run = async (req: Request) => {
    const parsed = z.uuid().safeParse(req.params.runId);
    const found = parsed.success ? await findRun(deps.platformDb, parsed.data) : null;
    if (!found) throw notFound('This provisioning run');
    return found;
  };

  // The operators' trail, newest first; `before` pages back.
  router.get('/console/audit', async (req, res) => {
    const q = z.object({ before: z.iso.datetime().optional(), tenantId: z.uuid().optional() }).safeParse(req.query);
    if (!q.success) throw new HttpError(400, 'invalid_input', 'The query is not valid: before must be a date-time, tenantId a city id.');
    const events = await deps.platformDb.operatorAuditEvent.findMany({
      where: {
        ...(q.data.before ? { occurredAt: { lt: new Date(q.data.before) } } : {}),
        ...(q.data.tenantId ? { subjectTenantId: q.data.tenantId } : {}),
      },
      orderBy: { occurredAt: 'desc' },
      take: 100,
    });
    res.json({ events });
  });

  router.post('/console/cities', async (req, res) => {
    const created = await startProvisioning(deps, req.body, req.operator!.email);
    res.status(202).json({ run: runView(created) });
  });
  router.get('/console/provisioning', async (_req, res) => {
    res.json({ runs: (await listRecentRuns(deps.platformDb)).map(runView) });
  });
  router.get('/console/provisioning/:runId', async (req, res) => {
    res.json({ run: runView(await run(req)) });
  });
  router.post('/console/provisioning/:runId/retry', async (req, res) => {
    const current = await run(req);
    if (current.status !== 'failed') throw new HttpError(409, 'not_failed', 'Only a failed provisioning can be retried.');
    const retried = await retryProvisioning(deps.platformDb, deps.redis, deps.prefix, current.id, req.operator!.email);
    res.status(202).json({ run: runView(retried!) });
  });

  // Live progress as server-sent events: one "run" event with the whole state at each change.
  router.get('/console/provisioning/:runId/events', async (req: Request, res: Response) => {
    const first = await run(req);
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    const send = async () => {
      const current = await findRun(deps.platformDb, first.id);
      if (current) res.write(`event: run\ndata: ${JSON.stringify(runView(current))}\n\n`);
      return current;
    };
    const subscriber = redisForWaiting(deps.redis);
    const close = () => {
      clearInterval(heartbeat);
      subscriber.disconnect();
      res.end();
    };
    subscriber.on('message', () => {
      void send().then((current) => {
        if (current && current.status !== 'running') close();
      });
    });
    await subscriber.subscribe(progressChannel(deps.prefix, first.id));
    // A comment line now and then keeps proxies from closing an idle stream.
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', close);
    const current = await send();
    if (current && current.status !== 'running') close();
  });

  for (const [path, status] of [['suspend', 'suspended'], ['resume', 'active'], ['archive', 'archived']] as const) {
    router.post(`/console/tenants/:id/${path}`, async (req, res) => {
      const city = await setCityStatus(deps, { tenantId: cityId(req), status, operator: operator(req), requestId: String(req.id) });
      res.json({ status: city.status });
    });
  }

  router.post('/console/tenants/:id/domains', async (req, res) => {
    await addDomain(deps, cityId(req), req.body, operator(req));
    res.status(201).json({ added: true });
  });
  router.delete('/console/tenants/:id/domains/:host', async (req, res) => {
    await removeDomain(deps, cityId(req), String(req.params.host).toLowerCase(), operator(req));
    res.status(204).end();
  });
  router.put('/console/tenants/:id/primary-domain', async (req, res) => {
    const { host } = z.object({ host: z.string() }).parse(req.body ?? {});
    await setPrimaryDomain(deps, cityId(req), host.toLowerCase(), operator(req));
    res.json({ primary: host });
  });

  router.post('/console/tenants/:id/exports', async (req, res) => {
    const created = await startCityExport(deps, cityId(req), operator(req));
    res.status(202).json({ export: exportView(created) });
  });
  router.get('/console/tenants/:id/exports', async (req, res) => {
    const rows = await deps.platformDb.cityExport.findMany({
      where: { subjectTenantId: cityId(req) },
      orderBy: { createdAt: 'desc' },
      select: { id: true, slug: true, status: true, progress: true, sizeBytes: true, error: true, createdBy: true, createdAt: true, finishedAt: true },
    });
    res.json({ exports: rows.map(exportView) });
  });
  router.get('/console/exports/:exportId/download', async (req, res) => {
    const parsed = z.uuid().safeParse(req.params.exportId);
    const found = parsed.success ? await deps.platformDb.cityExport.findFirst({ where: { id: parsed.data } }) : null;
    if (!found) throw notFound('This export');
    if (found.status !== 'succeeded' || !found.archive) throw new HttpError(409, 'export_not_ready', 'This export is not ready.');
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="civitas-${found.slug}-${found.createdAt.toISOString().slice(0, 10)}.zip"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(Buffer.from(found.archive));
  });

  router.delete('/console/tenants/:id', async (req, res) => {
    const deletion = await requestCityDeletion(deps, cityId(req), req.body, operator(req));
    res.status(202).json({ deletion });
  });
  router.get('/console/tenants/:id/deletion', async (req, res) => {
    const deletion = await deps.platformDb.cityDeletion.findFirst({ where: { subjectTenantId: cityId(req) }, orderBy: { createdAt: 'desc' } });
    res.json({ deletion });
  });

  return router;
}

const exportView = (e: { id: string; slug: string; status: string; progress: unknown; sizeBytes?: number | null; error?: string | null; createdAt: Date; finishedAt?: Date | null }) => ({
  id: e.id,
  slug: e.slug,
  status: e.status,
  progress: e.progress,
  sizeBytes: e.sizeBytes ?? null,
  error: e.error ?? null,
  createdAt: e.createdAt,
  finishedAt: e.finishedAt ?? null,
});
