import { es } from './copy/es.ts';
import { en } from './copy/en.ts';
import { fr } from './copy/fr.ts';
import { hu } from './copy/hu.ts';
import { escapeHtml } from './escape-html.ts';
import type { LocaleCopy, TemplateCopy } from './locale-copy.ts';
import { type MailLocale, resolveMailLocale } from './mail-locale.ts';
import { type MailTemplate, type MailTemplateData, mailTemplateData } from './mail-templates.ts';

const copies: Record<MailLocale, LocaleCopy> = { en, fr, hu, es };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Letter {
  lang: MailLocale;
  cityName: string;
  subject: string;
  greeting: string;
  body: string[];
  action?: { label: string; url: string };
  after: string[];
  signOff: string;
  copyLink: string;
}

/**
 * One email in the reader's language (English when we have none for `locale`): a plain-text part
 * with the link written out, and a simple HTML part in which every value is escaped.
 * Throws when `data` does not fit the template, e.g. a link that is not http(s).
 */
export function renderMail<T extends MailTemplate>(template: T, locale: string, data: MailTemplateData[T]): RenderedMail {
  const schema = mailTemplateData[template];
  if (!schema) throw new TypeError(`Unknown mail template ${JSON.stringify(template)}`);
  const d = oneLineValues(schema.parse(data)) as MailTemplateData[T];
  const lang = resolveMailLocale(locale);
  const copy = copies[lang];
  const words = copy.templates[template] as TemplateCopy<MailTemplateData[T]>;
  const link = 'link' in d ? d.link : undefined;
  const letter: Letter = {
    lang,
    cityName: d.cityName,
    subject: words.subject(d),
    greeting: copy.greeting('displayName' in d ? d.displayName : ''),
    body: words.body(d),
    action: words.action && link ? { label: words.action(d), url: link } : undefined,
    after: words.after(d),
    signOff: copy.signOff,
    copyLink: copy.copyLink,
  };
  return { subject: letter.subject, text: textPart(letter), html: htmlPart(letter) };
}

// A line break in a name must not start a line of its own in the text part or the subject.
function oneLineValues<D extends Record<string, string>>(data: D): D {
  const clean = (v: string) => v.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, clean(v)])) as D;
}

function textPart(l: Letter): string {
  const blocks = [l.greeting, ...l.body, ...(l.action ? [l.action.url] : []), ...l.after, `${l.signOff}\n${l.cityName}`];
  return `${blocks.join('\n\n')}\n`;
}

const fontStyle = 'font-family:Arial,Helvetica,sans-serif;font-size:18px;line-height:1.5;color:#0b0c0c;';
const p = (html: string, style = 'margin:0 0 16px;') => `<p style="${style}">${html}</p>`;

function htmlPart(l: Letter): string {
  const e = escapeHtml;
  const action = l.action
    ? [
        p(`<a href="${e(l.action.url)}" style="color:#1d70b8;font-weight:bold;text-decoration:underline;">${e(l.action.label)}</a>`),
        p(`${e(l.copyLink)}<br><span style="word-break:break-all;">${e(l.action.url)}</span>`, 'margin:0 0 16px;font-size:16px;color:#505a5f;'),
      ]
    : [];
  return [
    '<!DOCTYPE html>',
    `<html lang="${l.lang}" dir="ltr">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(l.subject)}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background-color:#ffffff;">',
    `<div role="article" aria-roledescription="email" aria-label="${e(l.subject)}" lang="${l.lang}" style="max-width:560px;margin:0 auto;padding:24px 16px;${fontStyle}">`,
    p(e(l.cityName), 'margin:0 0 24px;padding-bottom:8px;border-bottom:4px solid #1d70b8;font-size:22px;font-weight:bold;'),
    p(e(l.greeting)),
    ...l.body.map((text) => p(e(text))),
    ...action,
    ...l.after.map((text) => p(e(text))),
    p(`${e(l.signOff)}<br>${e(l.cityName)}`, 'margin:24px 0 0;'),
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
