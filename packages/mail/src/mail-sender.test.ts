import addressparser from 'nodemailer/lib/addressparser';
import { describe, expect, it } from 'vitest';
import { mailSender } from './mail-sender.ts';

describe('mailSender', () => {
  it('sends from no-reply at the city’s primary host', () => {
    expect(mailSender('Paris', 'paris.localhost')).toBe('Paris <no-reply@paris.localhost>');
    expect(mailSender('City of Baltimore', 'Baltimore.localhost:3000')).toBe('City of Baltimore <no-reply@baltimore.localhost>');
  });

  it('uses MAIL_FROM_DOMAIN when it is set', () => {
    expect(mailSender('Paris', 'paris.localhost', 'mail.civitas.example')).toBe('Paris <no-reply@mail.civitas.example>');
  });

  it('quotes names that are not plain words, so they parse back unchanged', () => {
    for (const name of ['Ville de Paris, "Lumière"', 'Saint-Denis (93)', 'Back\\slash <x@y>', 'Pécs', 'A.B. City']) {
      const sender = mailSender(name, 'city.localhost');
      expect(sender).toMatch(/^".*" <no-reply@city\.localhost>$/);
      expect(addressparser(sender)).toEqual([{ name, address: 'no-reply@city.localhost' }]);
    }
  });

  it('drops line breaks from the name', () => {
    expect(mailSender('Paris\r\nBcc: x@evil.example', 'paris.localhost')).toBe('"Paris Bcc: x@evil.example" <no-reply@paris.localhost>');
  });
});
