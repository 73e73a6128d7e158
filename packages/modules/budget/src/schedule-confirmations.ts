import { requireTenantId } from '@civitas/db';
import type { ModuleContext } from '@civitas/module-sdk';
import type { CityRef } from './budget-mail.ts';
import { confirmBallotsJob } from './confirm-ballots-job.ts';

/** How long ballots gather before their confirmations go out together. */
export const CONFIRM_WINDOW_MS = 3000;

// Per process: the window each campaign's job was enqueued for, so a busy vote costs one enqueue
// per window, not one per ballot (BullMQ would keep one job per id anyway; this saves the round trip).
const enqueued = new Map<string, number>();

/** Makes sure the campaign's confirmation job for the current window exists; it runs once the window has closed. */
export async function scheduleConfirmations(enqueue: ModuleContext['enqueue'], campaignId: string, city: CityRef, timeZone: string, now: number) {
  const tenantId = requireTenantId();
  const window = Math.floor(now / CONFIRM_WINDOW_MS) * CONFIRM_WINDOW_MS;
  const key = `${tenantId}:${campaignId}`;
  if (enqueued.get(key) === window) return;
  await enqueue(confirmBallotsJob, { tenantId, campaignId, window, city, timeZone }, { delayMs: window + CONFIRM_WINDOW_MS - now + 500 });
  if (enqueued.size > 10_000) enqueued.clear();
  enqueued.set(key, window);
}
