import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type AddressObject, simpleParser } from 'mailparser';

export interface CaughtMail {
  subject: string;
  text: string;
  /** Every http(s) link in the text part, in order, without trailing punctuation. */
  links: string[];
}

const TIMEOUT_MS = 10_000;
const POLL_MS = 200;
/** A file younger than this may still be being written: it is read on a later look. */
const SETTLED_MS = 500;
// A settled .eml file never changes: each is parsed once per test worker.
const parsed = new Map<string, { to: string[]; mail: CaughtMail }>();

/**
 * Waits up to 10 s for a mail to `to` (and with a matching subject) in the directory where the
 * dev mail catcher writes one .eml file per message (`E2E_MAIL_DIR`, set by the global setup).
 * The newest match wins; `since` (a time in ms) skips messages written before it, e.g. an
 * earlier link when a test asks for a new one.
 */
export async function waitForMail(to: string, subjectPattern?: RegExp, options: { since?: number } = {}): Promise<CaughtMail> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: the e2e global setup starts the mail catcher and sets it');
  const address = to.toLowerCase();
  const deadline = Date.now() + TIMEOUT_MS;

  for (;;) {
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));
    const candidates: { mtime: number; mail: CaughtMail }[] = [];
    for (const file of files) {
      const path = join(dir, file);
      const { mtimeMs } = await stat(path);
      if (options.since !== undefined && mtimeMs < options.since) continue;
      if (Date.now() - mtimeMs < SETTLED_MS) continue;
      let entry = parsed.get(path);
      if (!entry) {
        const message = await simpleParser(await readFile(path)).catch(() => null);
        if (!message) continue;
        const recipients = [message.to ?? []].flat().flatMap((group: AddressObject) => group.value.map((a) => (a.address ?? '').toLowerCase()));
        const text = message.text ?? '';
        const links = (text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? []).map((l) => l.replace(/[.,;:!?]+$/, ''));
        entry = { to: recipients, mail: { subject: message.subject ?? '', text, links } };
        parsed.set(path, entry);
      }
      if (entry.to.includes(address) && (!subjectPattern || subjectPattern.test(entry.mail.subject))) {
        candidates.push({ mtime: mtimeMs, mail: entry.mail });
      }
    }
    if (candidates.length > 0) return candidates.sort((a, b) => b.mtime - a.mtime)[0]!.mail;
    if (Date.now() > deadline) {
      throw new Error(`no mail to ${to}${subjectPattern ? ` with a subject matching ${subjectPattern}` : ''} in ${dir} after ${TIMEOUT_MS / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
