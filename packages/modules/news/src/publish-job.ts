import type { AppClient } from '@civitas/db';
import { defineJob, handler } from '@civitas/jobs';
import { z } from 'zod';
import { publishDue } from './news-repository.ts';

/**
 * Publishes one scheduled entry at its time. The id carries the time it was scheduled for: a new
 * time gets a new job, and the job of an old time finds nothing due (or already published) and leaves it.
 */
export const publishJob = defineJob({
  name: 'news.publish',
  payload: z.object({ tenantId: z.uuid(), entryId: z.uuid(), publishAt: z.iso.datetime() }),
  jobId: (p) => `news.publish.${p.tenantId}.${p.entryId}.${Date.parse(p.publishAt)}`,
});

export const publishHandler = (db: AppClient) =>
  handler(publishJob, async (payload) => ({ published: await publishDue(db, new Date(), payload.entryId) }));
