import type { MailTemplate, MailTemplateData } from './mail-templates.ts';

/**
 * The words of one template in one language, as plain text. Paragraphs are escaped as a whole
 * when the HTML part is built, so copy never contains markup and values never need escaping here.
 */
export interface TemplateCopy<D> {
  subject: (d: D) => string;
  /** Paragraphs before the link. */
  body: (d: D) => string[];
  /** Text of the link; templates without a link leave it out. */
  action?: (d: D) => string;
  /** Paragraphs after the link: how long it works, what to do if this was not you. */
  after: (d: D) => string[];
}

export interface LocaleCopy {
  /** Greeting line; `name` is empty when the template or the account has no display name. */
  greeting: (name: string) => string;
  signOff: string;
  /** Shown under the link in the HTML part, for clients where the link cannot be followed. */
  copyLink: string;
  templates: { [T in MailTemplate]: TemplateCopy<MailTemplateData[T]> };
}
