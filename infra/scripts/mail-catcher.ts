// Dev mail catcher (`pnpm mail:catcher`): an SMTP server on 127.0.0.1 that delivers nothing.
// Every message is kept as tmp/mail/<time>-<n>.eml (open it in any mail client) and announced on one
// line with its links, so a developer signing up can follow the verification link from the terminal.
import { mkdir, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfigOrExit } from '@civitas/config';
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const config = loadConfigOrExit();
const port = config.MAIL_CATCHER_PORT ?? Number(new URL(config.SMTP_URL).port || 25);
const root = fileURLToPath(new URL('../..', import.meta.url));
// MAIL_CATCHER_DIR: where to keep the messages (the e2e tests read them from their own folder).
const dir = `${process.env.MAIL_CATCHER_DIR?.replace(/\/$/, '') ?? fileURLToPath(new URL('../../tmp/mail', import.meta.url))}/`;
await mkdir(dir, { recursive: true });

let received = 0;
let listening = false;

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  closeTimeout: 1000,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', callback);
    stream.on('end', () => {
      keep(Buffer.concat(chunks)).then(() => callback(), callback);
    });
  },
});

async function keep(raw: Buffer): Promise<void> {
  const at = new Date();
  const file = `${dir}${at.toISOString().replace(/[:.]/g, '-')}-${++received}.eml`;
  await writeFile(file, raw);
  const time = at.toTimeString().slice(0, 8);
  try {
    const mail = await simpleParser(raw);
    const to = [mail.to ?? []].flat().flatMap((group: AddressObject) => group.value.map((a) => a.address));
    const links = new Set((mail.text ?? '').match(/https?:\/\/[^\s<>"')\]]+/g)?.map((l) => l.replace(/[.,;:!?]+$/, '')));
    console.log([time, to.join(', '), `"${printable(mail.subject ?? '')}"`, ...links].join('  '));
  } catch (error) {
    console.log(`${time}  (could not parse: ${(error as Error).message})  ${relative(root, file)}`);
  }
}

// What a sender put in a subject must not move the cursor or recolour the terminal.
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

server.on('error', (error: NodeJS.ErrnoException) => {
  if (listening) return console.error(`mail catcher: ${error.message}`);
  const hint = error.code === 'EADDRINUSE' ? ' (another catcher running? set MAIL_CATCHER_PORT)' : '';
  console.error(`mail catcher: cannot listen on 127.0.0.1:${port}: ${error.message}${hint}`);
  process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
  listening = true;
  console.log(`mail catcher: smtp://127.0.0.1:${port}, messages kept in ${relative(root, dir)}/`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
