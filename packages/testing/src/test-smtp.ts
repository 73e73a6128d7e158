import type { AddressInfo } from 'node:net';
import { type AddressObject, type HeaderValue, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpMessage {
  /** Addresses of the To header. */
  to: string[];
  /** Address of the From header; the whole header, name included, is in `headers.from`. */
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Header name (lower case) → decoded value, as text. */
  headers: Record<string, string>;
  /** The SMTP envelope: who the client said the mail was for, which Bcc recipients are part of. */
  envelope: { from: string; to: string[] };
  /** The message as received, for .eml files or assertions on encoding. */
  raw: Buffer;
}

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>`, for `createMailer({ smtpUrl })` or `SMTP_URL`. */
  url: string;
  /** Every message received so far, in order. A message is here before the sender hears "250". */
  messages: TestSmtpMessage[];
  /** The first message (already received or still to come) that matches; rejects after `timeoutMs`. */
  waitFor(predicate: (message: TestSmtpMessage) => boolean, timeoutMs?: number): Promise<TestSmtpMessage>;
  close(): Promise<void>;
}

/** An in-process SMTP server on a free port of 127.0.0.1 that keeps every message it receives, parsed. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: TestSmtpMessage[] = [];
  const waiters = new Set<(message: TestSmtpMessage) => void>();

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 500,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        parseMessage(raw, envelope).then((message) => {
          messages.push(message);
          for (const waiter of waiters) waiter(message);
          callback();
        }, callback);
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(predicate, timeoutMs = 5000) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = (message: TestSmtpMessage) => {
          if (!predicate(message)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(message);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const seen = messages.map((m) => `"${m.subject}" to ${m.to.join(', ')}`).join('; ') || 'none';
          reject(new Error(`No matching email within ${timeoutMs} ms (received: ${seen})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function parseMessage(raw: Buffer, envelope: TestSmtpMessage['envelope']): Promise<TestSmtpMessage> {
  const parsed = await simpleParser(raw);
  const addresses = (field: AddressObject | AddressObject[] | undefined) =>
    [field ?? []].flat().flatMap((group) => group.value.map((a) => a.address ?? ''));
  return {
    to: addresses(parsed.to),
    from: addresses(parsed.from)[0] ?? '',
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || '',
    messageId: parsed.messageId ?? '',
    headers: Object.fromEntries([...parsed.headers].map(([name, value]) => [name, headerText(value)])),
    envelope,
    raw,
  };
}

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v: HeaderValue) => headerText(v)).join(', ');
  const { text, value: main } = value as { text?: unknown; value?: unknown };
  if (typeof text === 'string') return text;
  if (typeof main === 'string') return main;
  return JSON.stringify(value);
}
