import { z } from 'zod';
import { money } from './campaign-input.ts';
import { PHASES } from './phases.ts';

export const moderationInput = z
  .object({
    decision: z.enum(['publish', 'reject'], 'Choose publish or reject'),
    note: z.string().trim().max(1000).default(''),
  })
  .refine((v) => v.decision === 'publish' || v.note.length > 0, { path: ['note'], message: 'Tell the author why the proposal is rejected' });

/** Feasibility, final cost and whether the project goes on the ballot. */
export const reviewInput = z
  .object({
    feasibility: z.enum(['unassessed', 'feasible', 'unfeasible'], 'Choose unassessed, feasible or unfeasible'),
    feasibilityNote: z.string().trim().max(2000).default(''),
    finalCost: money.refine((n) => n > 0, 'Enter the final cost').nullable(),
    eligible: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (v.eligible && v.feasibility !== 'feasible') ctx.addIssue({ code: 'custom', path: ['eligible'], message: 'Only a feasible project can go on the ballot' });
    if (v.eligible && v.finalCost === null) ctx.addIssue({ code: 'custom', path: ['finalCost'], message: 'Set the final cost before putting the project on the ballot' });
    if (v.feasibility === 'unfeasible' && !v.feasibilityNote) ctx.addIssue({ code: 'custom', path: ['feasibilityNote'], message: 'Explain why the project is not feasible' });
  });

export const deliveryInput = z.object({
  delivery: z.enum(['not_started', 'design', 'works', 'delivered', 'abandoned'], 'Choose a delivery status'),
  deliveryNote: z.string().trim().max(2000).default(''),
});

export const phaseInput = z.object({ phase: z.enum(PHASES, `Choose one of ${PHASES.join(', ')}`) });

export const ballotInput = z.object({
  areaId: z.uuid('Choose an area'),
  projectIds: z
    .array(z.uuid('Not a project of this campaign'))
    .max(200)
    .refine((ids) => new Set(ids).size === ids.length, 'Each project can be chosen once'),
});

export type ReviewInput = z.output<typeof reviewInput>;
export type DeliveryInput = z.output<typeof deliveryInput>;
