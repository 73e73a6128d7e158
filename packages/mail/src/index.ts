export { renderMail, type RenderedMail } from './render-mail.ts';
export { mailTemplates, mailTemplateData, type MailTemplate, type MailTemplateData } from './mail-templates.ts';
export { mailLocales, resolveMailLocale, type MailLocale } from './mail-locale.ts';
export { createMailer, type Mailer, type MailMessage } from './create-mailer.ts';
export { mailSender } from './mail-sender.ts';
export { sendMailJob, sendMailHandler, mailMessageId, type SendMailPayload } from './send-mail-job.ts';
