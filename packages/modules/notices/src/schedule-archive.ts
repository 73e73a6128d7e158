import { requireTenantId } from '@civitas/db';
import type { ModuleContext } from '@civitas/module-sdk';
import { archiveExpiredJob } from './archive-expired-job.ts';

// A little after the end, so a job never runs just before the end it checks and finds nothing to do.
const GRACE_MS = 1000;

/** Enqueues the archiving of a notice with an end, delayed until then. Returns the job id, or null without an end. */
export async function scheduleArchive(ctx: Pick<ModuleContext, 'enqueue'>, notice: { id: string; endsAt: Date | null }, now: Date) {
  if (!notice.endsAt) return null;
  return ctx.enqueue(
    archiveExpiredJob,
    { tenantId: requireTenantId(), noticeId: notice.id, endsAt: notice.endsAt.toISOString() },
    { delayMs: Math.max(0, notice.endsAt.getTime() - now.getTime()) + GRACE_MS },
  );
}
