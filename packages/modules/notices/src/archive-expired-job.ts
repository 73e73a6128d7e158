import type { AppClient } from '@civitas/db';
import { defineJob, handler } from '@civitas/jobs';
import { z } from 'zod';
import { archiveIfEnded } from './notices-repository.ts';

/**
 * Archives a notice once it has ended. The id carries the end it was scheduled for: a notice
 * whose end is moved gets a new job (BullMQ would ignore a second job with the same id), and the
 * job for the old end finds the notice still running and leaves it.
 */
export const archiveExpiredJob = defineJob({
  name: 'notices.archive-expired',
  payload: z.object({ tenantId: z.uuid(), noticeId: z.uuid(), endsAt: z.iso.datetime() }),
  jobId: (p) => `notices.archive-expired.${p.tenantId}.${p.noticeId}.${Date.parse(p.endsAt)}`,
});

/** Runs in the notice's city scope (the worker's withTenant); safe to run twice. */
export const archiveExpiredHandler = (db: AppClient) =>
  handler(archiveExpiredJob, async (payload) => ({ archived: await archiveIfEnded(db, payload.noticeId, new Date()) }));
