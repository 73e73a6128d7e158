import type { AppClient } from '@civitas/db';
import { defineJob, handler } from '@civitas/jobs';
import { z } from 'zod';
import { cityRefPayload } from './city-ref.ts';
import type { ProjectChange } from './mail-copy.ts';
import { notifyFollowers } from './notify-followers.ts';

const change = z.string().regex(/^(published|rejected|merged|on_ballot|unfeasible|funded|not_funded|delivery\.(not_started|design|works|delivered|abandoned))$/);

/** Emails a project's followers about one change of its status; the id names the change and its version. */
export const notifyFollowersJob = defineJob({
  name: 'budget.notify-followers',
  payload: z.object({ tenantId: z.uuid(), projectId: z.uuid(), change, version: z.number().int(), city: cityRefPayload }),
  jobId: (p) => `budget.notify-followers.${p.tenantId}.${p.projectId}.${p.change}.${p.version}`,
});

export const notifyFollowersHandler = (db: AppClient) =>
  handler(notifyFollowersJob, async (p) => notifyFollowers(db, { projectId: p.projectId, change: p.change as ProjectChange, version: p.version, city: p.city }));
