import {
  type AccountMailer,
  createCityAuthRouter,
  createConsoleAuthRouter,
  createResidentAccountRouter,
  createStaffRouter,
  csrfProtection,
  recordSignInJob,
  requireOperator,
  sessionMiddleware,
} from '@civitas/auth';
import { recordOperatorAudit } from '@civitas/audit';
import { sendMailJob } from '@civitas/mail';
import { createMetrics, createQueuesDashboard, installRequestLogging } from '@civitas/observability';
import { finishedProvisioningRuns, OPERATIONS_QUEUE, PROVISIONING_QUEUE } from '@civitas/platform';
import { createPrivacyRouter, privacyExportJob } from '@civitas/privacy';
import type { Config } from '@civitas/config';
import type { AppClient, PlatformClient } from '@civitas/db';
import { createDiskFileStore } from '@civitas/files';
import { HttpError, errorHandler, oneLayer, precomputedHeaders, securityHeaderOptions } from '@civitas/http';
import type { JobQueues } from '@civitas/jobs';
import { type ModuleSetCache, createModuleAdminRouter, createModuleApiMount, moduleLifecycleJob } from '@civitas/module-host';
import { type BuiltModuleSource, createBuilderAdminRouter } from '@civitas/module-builder';
import type { ModuleRegistry } from '@civitas/module-sdk';
import { type HostResolver, hostMiddleware, publicUrlOptions } from '@civitas/tenancy';
import express, { type Request, Router } from 'express';
import helmet from 'helmet';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createAdminRouter } from './routes/admin-router.ts';
import { createConsoleCitiesRouter } from './routes/console-cities-router.ts';
import { createConsoleRouter } from './routes/console-router.ts';
import { installHealthRoutes } from './routes/health-router.ts';
import { createSiteHandler } from './routes/site-router.ts';
import { createWebRouter } from './routes/web-router.ts';

export interface AppDeps {
  config: Config;
  /** Tenant-scoped client for resident and city-admin work. */
  db: AppClient;
  /** Cross-tenant client: host resolution and the console only. */
  platformDb: PlatformClient;
  redis: Redis;
  resolver: HostResolver;
  registry: ModuleRegistry;
  /** The published built modules, kept in the registry. */
  builtModules: BuiltModuleSource;
  /** Each city's active modules, cached per process. */
  modules: ModuleSetCache;
  jobs: JobQueues;
  /** Account emails (verification, reset, invitations, privacy) through the mail queue. */
  mailer: AccountMailer;
  logger: Logger;
  webDistDir: string;
}

/** Every queue the platform uses: the worker's job kinds, the modules' jobs and the platform's own. */
function queueNames({ db, registry }: Pick<AppDeps, 'db' | 'registry'>) {
  return [
    ...[recordSignInJob, sendMailJob, privacyExportJob, moduleLifecycleJob].map((job) => job.name),
    ...registry.list.flatMap((m) => (m.jobs?.({ db }) ?? []).map((h) => h.definition.name)),
    PROVISIONING_QUEUE,
    OPERATIONS_QUEUE,
  ];
}

/** Assembles the HTTP application. Request flow: health → host → session → CSRF → face API → web pages. */
export function createApp(deps: AppDeps) {
  const { config, db, platformDb, redis, resolver, jobs, logger } = deps;
  const app = express();
  const site = createSiteHandler(deps);
  const platformQueues = () => jobs.queuesFor(queueNames(deps));
  const metrics = createMetrics({
    queues: platformQueues,
    access: { allowedIps: config.METRICS_ALLOWED_IPS, token: config.METRICS_TOKEN },
    provisioningOutcomes: () => finishedProvisioningRuns(platformDb),
  });
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY_HOPS);

  const accessLog = installRequestLogging(app, logger, {
    mode: config.ACCESS_LOG,
    context: (req) => (req.site ? { tenant: req.site.face === 'city' ? req.site.tenant.slug : 'console' } : {}),
    ignore: (req) => req.url === '/api/health' || req.url === '/metrics',
    onFinish: metrics.observe,
  });
  // The security headers never vary per request: computed once, set in one step.
  const securityHeaders = precomputedHeaders(helmet(securityHeaderOptions({ secureCookies: config.SECURE_COOKIES }))).handler;
  // First, for every request whatever answers it: given an id, counted, timed and logged (one
  // 'finish' listener for the metrics and the log), and the security headers. One layer of the
  // router, as neither waits.
  app.use(oneLayer(accessLog, securityHeaders));

  // Mounted on its path, so that no other request walks the metrics router.
  app.get('/metrics', metrics.router);
  installHealthRoutes(app, { db, redis });

  app.use(
    hostMiddleware(resolver, {
      consoleHost: `${config.CONSOLE_HOST_LABEL}.${config.BASE_DOMAIN}`,
      ...publicUrlOptions(config),
    }),
  );
  // The city's public description needs no session: answered before sessions are loaded.
  app.get('/api/site', (req, res, next) => (req.site.face === 'city' ? site(req, res) : next()));
  app.use(express.json({ limit: '100kb' }));
  app.use(sessionMiddleware(redis, config));
  // The queues dashboard posts without our CSRF token; it checks the request's origin instead.
  const queuesDashboard = Router().use(
    requireOperator(platformDb),
    createQueuesDashboard({
      basePath: '/queues',
      queues: platformQueues,
      onWrite: (req) =>
        recordOperatorAudit(platformDb, {
          operatorId: req.operator!.id,
          actorLabel: req.operator!.email,
          action: 'queues.changed',
          after: { method: req.method, path: req.path },
          requestId: String(req.id),
        }).then(() => undefined),
    }),
  );
  app.use('/queues', (req, res, next) => (req.site.face === 'console' ? queuesDashboard(req, res, next) : next()));
  app.use(csrfProtection);

  const cityApi = Router();
  const accounts = createResidentAccountRouter({ db, redis, config, mailer: deps.mailer });
  cityApi.use(
    createCityAuthRouter({
      db,
      redis,
      config,
      onSignedIn: async (event) => {
        await jobs.enqueue(recordSignInJob, event);
      },
      onSignedUp: accounts.sendVerification,
    }),
  );
  cityApi.use(accounts.router);
  cityApi.use(createPrivacyRouter({ db, registry: deps.registry, jobs, mailer: deps.mailer, activeModules: (tenantId) => deps.modules.get(tenantId) }));
  cityApi.use(
    createStaffRouter({
      db,
      mailer: deps.mailer,
      permissions: () => deps.registry.list.flatMap((m) => m.permissions.map((p) => ({ ...p, module: m.id }))),
    }),
  );
  cityApi.use(createAdminRouter({ db, resolver }));
  const moduleDeps = { db, registry: deps.registry, jobs, cache: deps.modules, files: createDiskFileStore({ root: config.FILES_DIR }) };
  cityApi.use(createModuleAdminRouter(moduleDeps));
  cityApi.use(createBuilderAdminRouter({ db, registry: deps.registry, announce: () => deps.builtModules.announce() }));
  cityApi.use(createModuleApiMount(moduleDeps));

  const consoleApi = Router();
  consoleApi.use(createConsoleAuthRouter({ platformDb, redis, config }));
  // One operator check for every /api/console route (the routers below rely on it).
  consoleApi.use('/console', requireOperator(platformDb));
  consoleApi.use(createConsoleRouter({ platformDb, registry: deps.registry, modules: deps.modules }));
  consoleApi.use(
    createConsoleCitiesRouter({
      platformDb,
      redis,
      prefix: config.REDIS_PREFIX,
      baseDomain: config.BASE_DOMAIN,
      registry: deps.registry,
      resolver,
    }),
  );

  app.use('/api', (req, res, next) => (req.site.face === 'console' ? consoleApi : cityApi)(req, res, next));
  app.use('/api', (req) => {
    throw new HttpError(404, 'not_found', `No API route ${req.method} ${req.baseUrl}${req.path}.`);
  });
  app.use(createWebRouter(deps.webDistDir));
  app.use(errorHandler((error, req) => (req as Request).log.error({ err: error }, 'request failed')));
  return app;
}
