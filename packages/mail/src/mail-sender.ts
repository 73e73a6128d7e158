// RFC 5322 atext plus spaces: a display name made only of these needs no quotes.
const PLAIN_NAME = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+( [A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*$/;

/**
 * The From of a city's mail: `Paris <no-reply@paris.localhost>`. Names with other characters
 * (commas, quotes, accents) are sent as an RFC 5322 quoted string; nodemailer then encodes
 * non-ASCII names for the header. `fromDomain` (MAIL_FROM_DOMAIN) wins over the city's host.
 */
export function mailSender(cityName: string, primaryHost: string, fromDomain?: string): string {
  const domain = (fromDomain || primaryHost).trim().toLowerCase().replace(/:\d+$/, '');
  const name = cityName.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  const address = `no-reply@${domain}`;
  if (!name) return address;
  const phrase = PLAIN_NAME.test(name) ? name : `"${name.replace(/["\\]/g, '\\$&')}"`;
  return `${phrase} <${address}>`;
}
