import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import { type Express, type Request, type RequestHandler, Router } from 'express';
import { sameOriginWrites } from './same-origin-writes.ts';

export interface QueuesDashboardOptions {
  /** The path the router is mounted at; the page's links and API calls are built on it. */
  basePath: string;
  /** Every queue the platform uses; asked again on each page load, so late queues appear. */
  queues: () => readonly Queue[];
  /** Only look: no retry, remove, clean or pause buttons. */
  readOnly?: boolean;
  /** Called for each accepted change (retry, remove, clean, pause…) before it runs: the operators' trail. */
  onWrite?: (req: Request) => Promise<void> | void;
}

/**
 * bull-board for operators. The router is meant to be mounted at `basePath`, on the console host,
 * after the operator check and before the app's CSRF check (bull-board's page cannot send our
 * token; `sameOriginWrites` guards its changes instead).
 */
export function createQueuesDashboard(options: QueuesDashboardOptions): Router {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(options.basePath);
  const adapt = (queues: readonly Queue[]) => queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: options.readOnly ?? false }));
  let names = '';
  const board = createBullBoard({
    queues: [],
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Civitas queues', hideDocsLink: true, miscLinks: [{ text: 'Console', url: '/' }] } },
  });
  const refresh: RequestHandler = (_req, _res, next) => {
    const queues = options.queues();
    const current = queues.map((q) => q.name).join('\n');
    if (current !== names) {
      board.replaceQueues(adapt(queues));
      names = current;
    }
    next();
  };
  const recordWrite: RequestHandler = async (req, _res, next) => {
    if (options.onWrite && !['GET', 'HEAD', 'OPTIONS'].includes(req.method)) await options.onWrite(req);
    next();
  };

  const app = adapter.getRouter() as Express;
  app.disable('x-powered-by');
  const router = Router();
  router.use(sameOriginWrites(), refresh, recordWrite, subApp(app));
  return router;
}

/**
 * bull-board answers with an Express app of its own. Called as a plain handler (not through
 * app.use), it would leave its request and response prototypes on a request it passes on;
 * Express's own mounting restores them, and so does this.
 */
function subApp(app: Express): RequestHandler {
  return (req, res, next) => {
    const requestProto = Object.getPrototypeOf(req);
    const responseProto = Object.getPrototypeOf(res);
    app(req, res, (error?: unknown) => {
      Object.setPrototypeOf(req, requestProto);
      Object.setPrototypeOf(res, responseProto);
      next(error);
    });
  };
}
