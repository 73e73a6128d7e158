import { hasAuditEntry, recordAudit } from '@civitas/audit';
import type { AppClient } from '@civitas/db';
import { defineJob, handler } from '@civitas/jobs';
import { z } from 'zod';
import { findStaffById, markSignedIn } from './account-repository.ts';

export const recordSignInJob = defineJob({
  name: 'accounts.record-sign-in',
  payload: z.object({
    tenantId: z.uuid(),
    kind: z.enum(['resident', 'staff']),
    accountId: z.uuid(),
    at: z.iso.datetime(),
  }),
  // One sign-in, one job: a retried enqueue or a redelivered job records it once.
  jobId: (p) => `sign-in.${p.tenantId}.${p.accountId}.${Date.parse(p.at)}`,
});

/** Stamps the account's last sign-in and, for staff, appends the sign-in to the city's audit log once. */
export const recordSignInHandler = (db: AppClient) =>
  handler(recordSignInJob, async (payload) => {
    const at = new Date(payload.at);
    await db.$transaction(async (tx) => {
      const client = tx as unknown as AppClient;
      await markSignedIn(client, payload.kind, payload.accountId, at);
      if (payload.kind !== 'staff') return;
      const staff = await findStaffById(client, payload.accountId);
      const event = { action: 'staff.signed_in', targetId: payload.accountId, occurredAt: at };
      if (!staff || (await hasAuditEntry(client, event))) return;
      await recordAudit(client, {
        ...event,
        actor: { type: 'staff', id: staff.id, label: staff.email },
        targetType: 'staff_account',
      });
    });
  });
