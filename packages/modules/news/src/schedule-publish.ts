import { requireTenantId } from '@civitas/db';
import type { ModuleContext } from '@civitas/module-sdk';
import { publishJob } from './publish-job.ts';

// A little after the time, so the job never runs just before it and finds nothing due.
const GRACE_MS = 500;

/** Enqueues the publication of a scheduled entry, delayed until its time. */
export function schedulePublish(ctx: Pick<ModuleContext, 'enqueue'>, entry: { id: string; publishAt: Date }, now: Date) {
  return ctx.enqueue(
    publishJob,
    { tenantId: requireTenantId(), entryId: entry.id, publishAt: entry.publishAt.toISOString() },
    { delayMs: Math.max(0, entry.publishAt.getTime() - now.getTime()) + GRACE_MS },
  );
}
