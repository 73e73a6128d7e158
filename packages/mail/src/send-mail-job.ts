import { type JobDefinition, defineJob, handler } from '@civitas/jobs';
import { UnrecoverableError } from 'bullmq';
import { z } from 'zod';
import type { Mailer } from './create-mailer.ts';
import { type MailTemplate, type MailTemplateData, mailTemplateData, mailTemplates } from './mail-templates.ts';
import { renderMail } from './render-mail.ts';

const payload = z
  .object({
    tenantId: z.uuid(),
    /** The caller's idempotency key, e.g. `verify.<tokenId>`: one key, one email per city. */
    key: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'must be letters, digits, dots, dashes or underscores'),
    template: z.enum(mailTemplates),
    locale: z.string().max(35),
    to: z.email(),
    data: z.record(z.string(), z.string()),
    /** From `mailSender(...)`. */
    from: z.string().min(3).max(320),
  })
  // Bad data fails at enqueue time, in the request that caused it, not later in the worker.
  .superRefine((p, ctx) => {
    const result = mailTemplateData[p.template].safeParse(p.data);
    for (const issue of result.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['data', ...issue.path] });
    }
  });

type Envelope = Omit<z.infer<typeof payload>, 'template' | 'data'>;
/** The payload, with `data` typed after the template. */
export type SendMailPayload = { [T in MailTemplate]: Envelope & { template: T; data: MailTemplateData[T] } }[MailTemplate];

// The schema checks `data` against its template in superRefine; the cast only tells TypeScript so.
export const sendMailJob = defineJob({
  name: 'mail.send',
  payload,
  jobId: (p) => `mail.${p.tenantId}.${p.key}`,
}) as unknown as JobDefinition<SendMailPayload>;

/** Stable per email, so a second delivery of the same email can be recognised (and mail clients fold them). */
export const mailMessageId = (p: { tenantId: string; key: string }) => `<${p.key}.${p.tenantId}@civitas>`;

/**
 * Renders and sends one email.
 *
 * At-least-once, not exactly-once: SMTP has no idempotency. The relay's "250 accepted" and BullMQ's
 * "job completed" are two systems that cannot commit together — a crash, a lost reply or a stalled
 * job between them leaves us not knowing whether the email went, and a retry may send it again.
 * Losing a sign-up or reset email is worse than a duplicate, so we retry; the job id keeps enqueues
 * from multiplying the email, and the stable Message-ID makes any duplicate recognisable.
 */
export const sendMailHandler = (mailer: Mailer) =>
  handler(sendMailJob, async (p) => {
    const { subject, text, html } = renderMail(p.template, p.locale, p.data);
    try {
      return await mailer.send({ from: p.from, to: p.to, subject, text, html, headers: { 'Message-ID': mailMessageId(p) } });
    } catch (error) {
      // 5xx: the relay refused for good (unknown mailbox, rejected sender); trying again changes nothing.
      const code = (error as { responseCode?: unknown }).responseCode;
      if (typeof code === 'number' && code >= 500) throw new UnrecoverableError(`SMTP refused the email (${code}): ${(error as Error).message}`);
      throw error;
    }
  });
