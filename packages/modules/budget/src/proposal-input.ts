import { z } from 'zod';
import { money } from './campaign-input.ts';

const coordinate = (min: number, max: number) => z.number().min(min).max(max).nullable().optional();

/** A resident's proposal. The map point is optional: the address is what everyone can read. */
export const proposalInput = z
  .object({
    areaId: z.uuid('Choose an area'),
    title: z.string().trim().min(3, 'Enter a title of at least 3 characters').max(120),
    description: z.string().trim().min(10, 'Describe the project in at least 10 characters').max(4000),
    estimatedCost: money.refine((n) => n > 0, 'Enter the estimated cost'),
    address: z.string().trim().min(3, 'Enter an address or a place').max(200),
    latitude: coordinate(-90, 90),
    longitude: coordinate(-180, 180),
  })
  .superRefine((v, ctx) => {
    if ((v.latitude ?? null) === null !== ((v.longitude ?? null) === null)) {
      ctx.addIssue({ code: 'custom', path: ['longitude'], message: 'Give both latitude and longitude, or neither' });
    }
  })
  .transform((v) => ({ ...v, latitude: v.latitude ?? null, longitude: v.longitude ?? null }));

export type ProposalInput = z.output<typeof proposalInput>;

/** Staff merging proposals into one project: what residents will vote on. */
export const mergeInput = z.object({
  projectIds: z.array(z.uuid()).min(2, 'Choose at least two proposals to merge').max(20).refine((ids) => new Set(ids).size === ids.length, 'Each proposal once'),
  areaId: z.uuid('Choose an area'),
  title: z.string().trim().min(3, 'Enter a title of at least 3 characters').max(120),
  description: z.string().trim().min(10, 'Describe the project in at least 10 characters').max(4000),
  estimatedCost: money.refine((n) => n > 0, 'Enter the estimated cost'),
  address: z.string().trim().min(3, 'Enter an address or a place').max(200),
});

export type MergeInput = z.output<typeof mergeInput>;
