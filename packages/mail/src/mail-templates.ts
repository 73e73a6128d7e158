import { z } from 'zod';

const text = z.string().max(200);
const name = text.min(1);
// Only web links: an href of another scheme (javascript:, data:) must never reach a mail client.
const link = z.url({ protocol: /^https?$/, error: 'must be an http(s) link' });

/** What each template needs. Types flow from these schemas; the job validates with them at enqueue time. */
export const mailTemplateData = {
  'verify-email': z.object({ cityName: name, displayName: text, link }),
  'reset-password': z.object({ cityName: name, link }),
  'staff-invite': z.object({ cityName: name, inviterName: name, roleLabel: name, link }),
  'email-change': z.object({ cityName: name, displayName: text, link }),
  'password-changed': z.object({ cityName: name, displayName: text }),
  'privacy-export-ready': z.object({ cityName: name, displayName: text, link }),
  'account-deleted': z.object({ cityName: name, displayName: text }),
  /** A built module's email: subject and body written by the module's author, already in the reader's language. */
  'module-message': z.object({ cityName: name, displayName: text, subject: name, body: z.string().min(1).max(5000), link }),
} as const;

export type MailTemplate = keyof typeof mailTemplateData;
export type MailTemplateData = { [T in MailTemplate]: z.infer<(typeof mailTemplateData)[T]> };

export const mailTemplates = Object.keys(mailTemplateData) as [MailTemplate, ...MailTemplate[]];
