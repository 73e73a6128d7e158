import type { AppClient } from '@civitas/db';
import { defineJob, handler } from '@civitas/jobs';
import { z } from 'zod';
import { findCampaign } from './campaigns-repository.ts';
import { cityRefPayload } from './city-ref.ts';
import { notifyResults } from './notify-results.ts';

/** After staff moved a campaign into its results by hand: the followers' "funded or not" emails, off the request. */
export const notifyResultsJob = defineJob({
  name: 'budget.notify-results',
  payload: z.object({ tenantId: z.uuid(), campaignId: z.uuid(), countedAt: z.iso.datetime(), city: cityRefPayload }),
  jobId: (p) => `budget.notify-results.${p.tenantId}.${p.campaignId}.${Date.parse(p.countedAt)}`,
});

export const notifyResultsHandler = (db: AppClient) =>
  handler(notifyResultsJob, async (p) => {
    const campaign = await findCampaign(db, p.campaignId);
    if (!campaign) return { skipped: 'no such campaign' };
    await notifyResults(db, campaign, 'voting', p.city);
    return { notified: true };
  });
