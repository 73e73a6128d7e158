import nodemailer from 'nodemailer';

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers; a `Message-ID` here replaces the one nodemailer would make up. */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<{ messageId: string }>;
  close(): void;
}

/** Sends over SMTP (`smtp://` with STARTTLS when offered, `smtps://` for TLS) through a small pool of connections. */
export function createMailer({ smtpUrl }: { smtpUrl: string }): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    // nodemailer waits 10 minutes by default; a stuck relay should fail the job and let it retry.
    socketTimeout: 30_000,
  });
  return {
    async send({ headers = {}, ...message }) {
      const idKey = Object.keys(headers).find((k) => k.toLowerCase() === 'message-id');
      const { [idKey ?? '']: messageId, ...otherHeaders } = headers;
      const info = await transport.sendMail({ ...message, headers: otherHeaders, messageId });
      return { messageId: info.messageId };
    },
    close() {
      transport.close();
    },
  };
}
