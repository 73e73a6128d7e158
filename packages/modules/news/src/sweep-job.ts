import type { AppClient } from '@civitas/db';
import { defineJob, handler } from '@civitas/jobs';
import { z } from 'zod';
import { publishDue } from './news-repository.ts';

/**
 * Publishes everything of a city that is overdue: the safety net for a delayed job that Redis lost
 * (it keeps nothing across a restart). One per city per minute, whoever asks for it.
 */
export const sweepJob = defineJob({
  name: 'news.sweep',
  payload: z.object({ tenantId: z.uuid(), minute: z.number().int() }),
  jobId: (p) => `news.sweep.${p.tenantId}.${p.minute}`,
});

export const sweepHandler = (db: AppClient) => handler(sweepJob, async () => ({ published: await publishDue(db, new Date()) }));
