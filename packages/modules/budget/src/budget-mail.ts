import { loadConfig } from '@civitas/config';
import { createMailer, type MailMessage, mailSender } from '@civitas/mail';
import { publicUrl, publicUrlOptions } from '@civitas/tenancy';

/**
 * How this module sends email, in one place. The platform's mail templates and `mail.send` job are
 * the core's; a module cannot enqueue them (ModuleContext.enqueue takes only the module's own jobs).
 * Until the platform offers modules a mail API, the module's jobs send through their own SMTP
 * connection to the platform's relay (SMTP_URL), with the platform's sender address. Replace this
 * file, and only this file, when that API exists.
 */
export interface CityRef {
  name: string;
  /** The city's primary host, for links and the sender address. */
  host: string;
  defaultLocale: string;
}

function environment() {
  const config = loadConfig();
  return { smtpUrl: config.SMTP_URL, fromDomain: config.MAIL_FROM_DOMAIN, urls: publicUrlOptions(config) };
}

/** An absolute link to a page of the city's portal. */
export const portalLink = (city: CityRef, path: string) => publicUrl(city.host, path, environment().urls);

/**
 * Sends the messages over one SMTP connection, opened for the job and closed after it. `onSent` runs
 * after each accepted message, so a job that fails half-way does not resend the first ones on retry.
 */
export async function sendBudgetMail(city: CityRef, messages: (Omit<MailMessage, 'from'> & { key: string })[], onSent: (key: string) => Promise<void>) {
  if (messages.length === 0) return 0;
  const env = environment();
  const mailer = createMailer({ smtpUrl: env.smtpUrl });
  const from = mailSender(city.name, city.host, env.fromDomain);
  try {
    for (const { key, ...message } of messages) {
      await mailer.send({ ...message, from, headers: { 'Message-ID': `<budget.${key}@civitas>`, ...message.headers } });
      await onSent(key);
    }
  } finally {
    mailer.close();
  }
  return messages.length;
}
