import { randomUUID } from 'node:crypto';
import { withTenant } from '@civitas/db';
import { JobQueues, closeWorkers, runWorkers } from '@civitas/jobs';
import { type TestSmtp, startTestSmtp, testConfig } from '@civitas/testing';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mailer, createMailer } from './create-mailer.ts';
import { mailSender } from './mail-sender.ts';
import { type SendMailPayload, sendMailHandler, sendMailJob } from './send-mail-job.ts';

let smtp: TestSmtp;
let mailer: Mailer;
beforeAll(async () => {
  smtp = await startTestSmtp();
  mailer = createMailer({ smtpUrl: smtp.url });
});
afterAll(async () => {
  mailer.close();
  await smtp.close();
});

const resetPayload = (tenantId: string, cityName: string, key = `reset.${randomUUID()}`): Extract<SendMailPayload, { template: 'reset-password' }> => ({
  tenantId,
  key,
  template: 'reset-password',
  locale: 'es',
  to: `${key}@example.org`,
  from: mailSender(cityName, 'city.localhost'),
  data: { cityName, link: `https://city.localhost/reset?token=${key}` },
});

describe('sending mail', () => {
  it('renders and delivers over SMTP, with the city as sender and a Message-ID made from the key', async () => {
    const tenantId = randomUUID();
    const cityName = 'Ville de Paris, "Lumière"';
    const payload = resetPayload(tenantId, cityName);
    await withTenant(tenantId, () => sendMailHandler(mailer).handle(sendMailJob.payload.parse(payload), undefined as never));

    const message = await smtp.waitFor((m) => m.to.includes(payload.to));
    expect(message.subject).toBe('Restablezca su contraseña');
    expect(message.from).toBe('no-reply@city.localhost');
    expect(message.headers.from).toContain('Lumière');
    expect(message.envelope).toEqual({ from: 'no-reply@city.localhost', to: [payload.to] });
    expect(message.messageId).toBe(`<${payload.key}.${tenantId}@civitas>`);
    expect(message.text).toContain(payload.data.link);
    expect(message.html).toContain('Ville de Paris, &quot;Lumière&quot;');
  });

  it('goes through a real BullMQ queue once per key and city, however often it is enqueued', async () => {
    const config = testConfig();
    const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
    const prefix = config.REDIS_PREFIX;
    const jobs = new JobQueues(redis, prefix);
    const events = new QueueEvents(sendMailJob.name, { connection: redis.duplicate(), prefix: `${prefix}:bull` });
    await events.waitUntilReady();
    const workers = runWorkers([sendMailHandler(mailer)], { connection: redis, prefix });
    try {
      // Two cities that happen to use the same key each get their own email.
      const key = `verify.${randomUUID()}`;
      const a = resetPayload(randomUUID(), 'Paris', key);
      const b = { ...resetPayload(randomUUID(), 'Budapest', key), to: `b.${key}@example.org` };
      const [idA1, idA2, idB] = await Promise.all([jobs.enqueue(sendMailJob, a), jobs.enqueue(sendMailJob, a), jobs.enqueue(sendMailJob, b)]);
      expect(idA2).toBe(idA1);
      expect(idB).not.toBe(idA1);

      const queue = jobs.queue(sendMailJob.name);
      for (const id of [idA1, idB]) await (await queue.getJob(id))!.waitUntilFinished(events, 20_000);
      // Enqueued again after it was sent: the finished job still holds the id, nothing new runs.
      expect(await jobs.enqueue(sendMailJob, a)).toBe(idA1);
      expect(await queue.getJobCounts('completed', 'waiting', 'active', 'delayed', 'failed')).toEqual({
        completed: 2,
        waiting: 0,
        active: 0,
        delayed: 0,
        failed: 0,
      });

      const toA = smtp.messages.filter((m) => m.to.includes(a.to));
      const toB = smtp.messages.filter((m) => m.to.includes(b.to));
      expect(toA).toHaveLength(1);
      expect(toB).toHaveLength(1);
      expect(toA[0]!.from).toBe('no-reply@city.localhost');
      expect(toA[0]!.headers.from).toMatch(/^"?Paris"? <no-reply@city\.localhost>$/);
      expect(toA[0]!.subject).toBe('Restablezca su contraseña');
      expect(toA[0]!.messageId).not.toBe(toB[0]!.messageId);
    } finally {
      await closeWorkers(workers);
      await events.close();
      await jobs.close();
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });
});
