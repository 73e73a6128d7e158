import type { Queue } from 'bullmq';
import { type Request, type RequestHandler, type Response, Router } from 'express';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { httpMetrics } from './http-metrics.ts';
import { type MetricsAccessOptions, metricsAccess } from './metrics-access.ts';
import { type ProvisioningOutcome, type ProvisioningOutcomes, provisioningMetrics } from './provisioning-metrics.ts';
import { queueMetrics } from './queue-metrics.ts';

export interface MetricsOptions {
  /** Every queue the platform uses, asked for at each scrape. */
  queues: () => readonly Queue[];
  /** Who may read /metrics (METRICS_ALLOWED_IPS, METRICS_TOKEN). Default: loopback only. */
  access?: MetricsAccessOptions;
  /** Finished provisioning runs, read at each scrape (see provisioning-metrics.ts). */
  provisioningOutcomes?: ProvisioningOutcomes;
}

export interface Metrics {
  /** Records each request on 'finish': mount it first, so every request is counted and timed. */
  middleware: RequestHandler;
  /** The same record, for the access log's 'finish' listener: `installRequestLogging({ onFinish })`. */
  observe: (req: Request, res: Response, ms: number) => void;
  /** GET /metrics in the Prometheus text format; 404 to anyone not allowed, as if it did not exist. */
  router: Router;
  observeProvisioning: (seconds: number, outcome: ProvisioningOutcome) => void;
  registry: Registry;
}

/** The process's Prometheus metrics: process defaults, HTTP, queues and provisioning. */
export function createMetrics(options: MetricsOptions): Metrics {
  // A registry of our own rather than prom-client's global one: two apps in one process
  // (tests) do not collide, and nothing a dependency registers leaks into our exposition.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const { middleware, observe } = httpMetrics(registry);
  queueMetrics(registry, options.queues);
  const observeProvisioning = provisioningMetrics(registry, options.provisioningOutcomes);

  const allowed = metricsAccess(options.access);
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (!allowed(req)) {
      res.sendStatus(404);
      return;
    }
    const body = await registry.metrics();
    res.setHeader('Cache-Control', 'no-store');
    res.type(registry.contentType).send(body);
  });
  return { middleware, observe, router, observeProvisioning, registry };
}
