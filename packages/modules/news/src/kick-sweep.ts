import { requireTenantId } from '@civitas/db';
import type { ModuleContext } from '@civitas/module-sdk';
import { sweepJob } from './sweep-job.ts';

const MINUTE = 60_000;
const lastKick = new Map<string, number>();

/**
 * Asks for the city's sweep at most once a minute per process (the job id makes it once per minute
 * across processes). Called whenever the city's news is read or written, so after Redis lost its
 * delayed jobs the next visit publishes what is overdue. Never delays or fails the request.
 */
export function kickSweep(ctx: Pick<ModuleContext, 'enqueue'>, now = Date.now()) {
  const tenantId = requireTenantId();
  const minute = Math.floor(now / MINUTE);
  if (lastKick.get(tenantId) === minute) return;
  lastKick.set(tenantId, minute);
  ctx.enqueue(sweepJob, { tenantId, minute }).catch(() => lastKick.delete(tenantId));
}
