import { z } from 'zod';

export const tenantPayload = z.object({ tenantId: z.uuid() });

export interface JobDefinition<P extends z.infer<typeof tenantPayload>> {
  /** Also the BullMQ queue name: one queue per kind of job keeps failures and depth visible per kind. */
  name: string;
  payload: z.ZodType<P>;
  /** The same logical work always gets the same id, so enqueuing it twice runs it once. */
  jobId: (payload: P) => string;
  attempts?: number;
}

/** A job is a name, a payload schema that always carries the tenant, and an idempotency key. */
export function defineJob<S extends z.ZodObject<{ tenantId: z.ZodUUID }>>(definition: {
  name: string;
  payload: S;
  jobId: (payload: z.infer<S>) => string;
  attempts?: number;
}): JobDefinition<z.infer<S>> {
  return definition as unknown as JobDefinition<z.infer<S>>;
}
