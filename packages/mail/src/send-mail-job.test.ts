import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import type { MailMessage, Mailer } from './create-mailer.ts';
import { type SendMailPayload, mailMessageId, sendMailHandler, sendMailJob } from './send-mail-job.ts';

const tenantId = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';
const payload: SendMailPayload = {
  tenantId,
  key: 'verify.0b7c',
  template: 'verify-email',
  locale: 'fr',
  to: 'anna@example.org',
  from: 'Paris <no-reply@paris.localhost>',
  data: { cityName: 'Paris', displayName: 'Anna', link: 'https://paris.localhost/verify?token=t' },
};

const fakeMailer = (fail?: Error) => {
  const sent: MailMessage[] = [];
  const mailer: Mailer = {
    async send(message) {
      if (fail) throw fail;
      sent.push(message);
      return { messageId: message.headers?.['Message-ID'] ?? '' };
    },
    close() {},
  };
  return { mailer, sent };
};

describe('mail.send job', () => {
  it('derives the job id from the city and the caller’s key', () => {
    const parsed = sendMailJob.payload.parse(payload);
    expect(sendMailJob.jobId(parsed)).toBe(`mail.${tenantId}.verify.0b7c`);
    expect(sendMailJob.jobId({ ...parsed, to: 'other@example.org' })).toBe(sendMailJob.jobId(parsed));
    expect(sendMailJob.jobId({ ...parsed, tenantId: crypto.randomUUID() })).not.toBe(sendMailJob.jobId(parsed));
  });

  it('refuses a payload without a tenant, with a key unfit for an id, or with data its template cannot use', () => {
    const { tenantId: _, ...withoutTenant } = payload;
    expect(() => sendMailJob.payload.parse(withoutTenant)).toThrow(/tenantId/);
    expect(() => sendMailJob.payload.parse({ ...payload, key: 'verify:1' })).toThrow(/key/);
    const badData = sendMailJob.payload.safeParse({ ...payload, data: { cityName: 'Paris', displayName: 'Anna' } });
    expect(badData.error?.issues.map((i) => i.path.join('.'))).toEqual(['data.link']);
    expect(() => sendMailJob.payload.parse({ ...payload, data: { ...payload.data, link: 'javascript:x' } })).toThrow(/http/);
  });

  it('renders in the reader’s language and sends with a Message-ID made from the key', async () => {
    const { mailer, sent } = fakeMailer();
    const result = await sendMailHandler(mailer).handle(sendMailJob.payload.parse(payload), undefined as never);
    expect(result).toEqual({ messageId: `<verify.0b7c.${tenantId}@civitas>` });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'anna@example.org', from: payload.from, subject: 'Confirmez votre adresse e-mail' });
    expect(sent[0]!.headers).toEqual({ 'Message-ID': mailMessageId(payload) });
    expect(sent[0]!.text).toContain('https://paris.localhost/verify?token=t');
  });

  it('gives up at once when the relay refuses for good, and retries when it may be temporary', async () => {
    const refused = Object.assign(new Error('550 mailbox unavailable'), { responseCode: 550 });
    await expect(sendMailHandler(fakeMailer(refused).mailer).handle(payload, undefined as never)).rejects.toBeInstanceOf(UnrecoverableError);
    const busy = Object.assign(new Error('421 try later'), { responseCode: 421 });
    await expect(sendMailHandler(fakeMailer(busy).mailer).handle(payload, undefined as never)).rejects.toBe(busy);
  });
});
