import { requireTenantId } from '@civitas/db';
import type { ModuleContext } from '@civitas/module-sdk';
import type { Request } from 'express';
import { cityRefOf } from './city-ref.ts';
import type { ProjectChange } from './mail-copy.ts';
import { notifyFollowersJob } from './notify-followers-job.ts';

/** Enqueues the emails to a project's followers about a change that has just committed. */
export async function tellFollowers(ctx: Pick<ModuleContext, 'enqueue'>, req: Request, project: { id: string; updatedAt: Date }, change: ProjectChange) {
  await ctx.enqueue(notifyFollowersJob, { tenantId: requireTenantId(), projectId: project.id, change, version: project.updatedAt.getTime(), city: cityRefOf(req) });
}
