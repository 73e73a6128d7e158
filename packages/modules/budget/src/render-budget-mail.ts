import { resolveMailLocale } from '@civitas/mail';
import { type MailCopy, mailCopyFor } from './mail-copy.ts';

export interface BudgetLetter {
  subject: string;
  greetingName: string;
  paragraphs: string[];
  /** Shown as a list after the paragraphs (a ballot's projects). */
  items?: string[];
  after?: string[];
  link: string;
  cityName: string;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const e = (v: string) => v.replace(/[&<>"']/g, (c) => entities[c]!);
// A name or title with a line break must not start a line of its own in the text part or the subject.
const oneLine = (v: string) => v.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();

/** The reader's language (English when the module has none) and its words. */
export function mailLanguage(locale: string): { lang: string; copy: MailCopy } {
  const lang = resolveMailLocale(locale);
  return { lang, copy: mailCopyFor(lang) };
}

/** A plain-text part with the link written out, and a simple HTML part in which every value is escaped. */
export function renderBudgetMail(locale: string, letter: BudgetLetter) {
  const { lang, copy } = mailLanguage(locale);
  const subject = oneLine(letter.subject);
  const paragraphs = letter.paragraphs.map(oneLine);
  const items = (letter.items ?? []).map(oneLine);
  const after = (letter.after ?? []).map(oneLine);
  const greeting = copy.greeting(oneLine(letter.greetingName));
  const text = [
    greeting,
    ...paragraphs,
    ...(items.length ? [items.map((i) => `- ${i}`).join('\n')] : []),
    ...after,
    `${copy.open}\n${letter.link}`,
    `${copy.signOff}\n${oneLine(letter.cityName)}`,
  ].join('\n\n');
  const p = (html: string) => `<p style="margin:0 0 16px;">${html}</p>`;
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="ltr"><head><meta charset="utf-8"><title>${e(subject)}</title></head>`,
    '<body style="margin:0;padding:0;background-color:#ffffff;">',
    `<div role="article" aria-label="${e(subject)}" lang="${lang}" style="max-width:560px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:18px;line-height:1.5;color:#0b0c0c;">`,
    p(e(greeting)),
    ...paragraphs.map((x) => p(e(x))),
    ...(items.length ? [`<ul>${items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`] : []),
    ...after.map((x) => p(e(x))),
    p(`<a href="${e(letter.link)}" style="color:#1d70b8;font-weight:bold;">${e(copy.openLabel)}</a><br><span style="word-break:break-all;">${e(letter.link)}</span>`),
    p(`${e(copy.signOff)}<br>${e(oneLine(letter.cityName))}`),
    '</div></body></html>',
  ].join('\n');
  return { subject, text: `${text}\n`, html };
}
