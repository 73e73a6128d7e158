import { z } from 'zod';
import { builderKey } from './condition-schema.ts';
import { BUILDER_LIMITS as L } from './limits.ts';
import { builderText } from './localized-text.ts';

/** Words an email text may contain in double braces; everything else is sent as written. */
export const EMAIL_PLACEHOLDERS = ['reference', 'state', 'comment', 'module', 'city', 'link'] as const;

const stateEmail = z
  .object({ subject: builderText(L.label), body: builderText(L.emailBody) })
  .strict();

export const stateSchema = z
  .object({
    key: builderKey,
    label: builderText(L.label),
    /** No transition leaves a terminal state (approved, rejected). */
    terminal: z.boolean().default(false),
    /** Staff should move an entry on within this many days of it entering the state. */
    dueInDays: z.int().min(1).max(L.dueDays, `must be at most ${L.dueDays}`).optional(),
    /** Sent to the submitter when an entry enters this state. */
    email: stateEmail.optional(),
  })
  .strict();

export const transitionSchema = z
  .object({
    key: builderKey,
    label: builderText(L.label),
    from: z.array(builderKey).min(1, 'needs at least one state'),
    to: builderKey,
    /** The module's permission (its verb) a staff member needs to take this step. */
    permission: builderKey,
    /** A comment staff write for the submitter; shown to them and put in the email. */
    comment: z.enum(['none', 'optional', 'required']).default('none'),
  })
  .strict();

export const workflowSchema = z
  .object({
    initial: builderKey,
    states: z.array(stateSchema).min(1, 'needs at least one state').max(L.statesPerWorkflow, `at most ${L.statesPerWorkflow} states`),
    transitions: z.array(transitionSchema).max(L.transitionsPerWorkflow, `at most ${L.transitionsPerWorkflow} transitions`).default([]),
  })
  .strict();

export type BuilderWorkflow = z.infer<typeof workflowSchema>;
export type BuilderState = z.infer<typeof stateSchema>;
export type BuilderTransition = z.infer<typeof transitionSchema>;
