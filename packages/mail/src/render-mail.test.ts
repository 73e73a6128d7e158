import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';
import { mailLocales } from './mail-locale.ts';
import { type MailTemplate, type MailTemplateData, mailTemplates } from './mail-templates.ts';
import { renderMail } from './render-mail.ts';

const cityName = 'Paris <script>alert("x")</script> & Co';
const link = 'https://paris.localhost/verify?token=abc&next=%2Fme';
const samples: MailTemplateData = {
  'verify-email': { cityName, displayName: 'Anna <b>', link },
  'reset-password': { cityName, link },
  'staff-invite': { cityName, inviterName: 'Ödön "Boss"', roleLabel: 'Editor <i>', link },
  'email-change': { cityName, displayName: 'Anna <b>', link },
  'password-changed': { cityName, displayName: 'Anna <b>' },
  'privacy-export-ready': { cityName, displayName: 'Anna <b>', link },
  'account-deleted': { cityName, displayName: 'Anna <b>' },
  'module-message': { cityName, displayName: 'Anna <b>', subject: 'Permit <approved>', body: 'Tables & chairs until 22:00.', link },
};
const render = (template: MailTemplate, locale: string) => renderMail(template, locale, samples[template]);

describe('renderMail', () => {
  for (const template of mailTemplates) {
    describe(template, () => {
      for (const locale of mailLocales) {
        it(`renders in ${locale} with every value in place and escaped in the HTML`, () => {
          const mail = render(template, locale);
          expect(mail.subject.trim()).not.toBe('');
          expect(mail.html).toContain(`<html lang="${locale}"`);
          for (const value of Object.values(samples[template])) {
            expect(mail.text).toContain(value);
            expect(mail.html).toContain(escapeHtml(value));
          }
          expect(mail.html).not.toContain('<script>');
          expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
          expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(/undefined|null|\$\{/);
        });
      }

      it('has a different subject and text in each language', () => {
        const mails = mailLocales.map((locale) => render(template, locale));
        // A built module's subject is its author's text, already in the reader's language.
        if (template !== 'module-message') expect(new Set(mails.map((m) => m.subject)).size).toBe(mailLocales.length);
        expect(new Set(mails.map((m) => m.text)).size).toBe(mailLocales.length);
      });
    });
  }

  it('writes the link out in the text part and gives it real link text in the HTML', () => {
    const mail = renderMail('verify-email', 'en', samples['verify-email']);
    expect(mail.text).toContain(`\n${link}\n`);
    expect(mail.html).toContain(`<a href="${escapeHtml(link)}"`);
    expect(mail.html).toMatch(/>Confirm your email address<\/a>/);
    expect(mail.html).toContain('<title>Confirm your email address</title>');
  });

  it('says how long each link works', () => {
    expect(render('verify-email', 'en').text).toContain('24 hours');
    expect(render('reset-password', 'en').text).toContain('1 hour');
    expect(render('reset-password', 'en').text).toContain('Your password has not changed.');
    expect(render('staff-invite', 'en').text).toContain('7 days');
    expect(render('privacy-export-ready', 'en').text).toContain('7 days');
    expect(render('privacy-export-ready', 'fr').text).toContain('7 jours');
    expect(render('reset-password', 'hu').text).toContain('1 óráig');
    expect(render('staff-invite', 'es').text).toContain('7 días');
  });

  it('has no link in the notices that need none', () => {
    for (const template of ['password-changed', 'account-deleted'] as const) {
      expect(render(template, 'en').html).not.toContain('<a ');
    }
  });

  it('falls back to English for a language it does not have, and understands regional tags', () => {
    const english = render('reset-password', 'en');
    for (const locale of ['de', '', 'xx-YY', 'english']) expect(render('reset-password', locale)).toEqual(english);
    expect(render('reset-password', 'fr-CA')).toEqual(render('reset-password', 'fr'));
    expect(render('reset-password', 'HU_hu')).toEqual(render('reset-password', 'hu'));
  });

  it('greets without a name when there is none', () => {
    const data = { ...samples['password-changed'], displayName: '' };
    expect(renderMail('password-changed', 'en', data).text.startsWith('Hello,\n')).toBe(true);
    expect(renderMail('password-changed', 'hu', data).text.startsWith('Üdvözöljük!\n')).toBe(true);
  });

  it('keeps a line break in a value from starting a line of its own', () => {
    const mail = renderMail('staff-invite', 'en', { ...samples['staff-invite'], cityName: 'Paris\r\nBcc: x@evil.example' });
    expect(mail.subject).toBe('You are invited to join the staff of Paris Bcc: x@evil.example');
    expect(mail.text).not.toMatch(/^Bcc:/m);
  });

  it('refuses links that are not http(s) and data that does not fit the template', () => {
    expect(() => renderMail('verify-email', 'en', { ...samples['verify-email'], link: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => renderMail('reset-password', 'en', { cityName } as never)).toThrow(/link/);
    expect(() => renderMail('no-such-template' as never, 'en', {} as never)).toThrow(/Unknown mail template/);
  });
});
