import type { LocaleCopy } from '../locale-copy.ts';

export const en: LocaleCopy = {
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  signOff: 'Thank you,',
  copyLink: 'If the link does not work, copy this address into your browser:',
  templates: {
    'verify-email': {
      subject: () => 'Confirm your email address',
      body: (d) => [`Thank you for creating an account with ${d.cityName}.`, 'Confirm your email address to finish setting it up:'],
      action: () => 'Confirm your email address',
      after: (d) => ['This link works for 24 hours.', `If you did not create an account with ${d.cityName}, you can ignore this email.`],
    },
    'reset-password': {
      subject: () => 'Reset your password',
      body: (d) => [`We received a request to reset the password of your ${d.cityName} account.`, 'Use this link to choose a new password:'],
      action: () => 'Choose a new password',
      after: () => [
        'This link works for 1 hour.',
        'If you did not ask to reset your password, you can ignore this email. Your password has not changed.',
      ],
    },
    'staff-invite': {
      subject: (d) => `You are invited to join the staff of ${d.cityName}`,
      body: (d) => [`${d.inviterName} has invited you to join the staff of ${d.cityName}.`, `Your role: ${d.roleLabel}.`],
      action: () => 'Accept the invitation',
      after: () => ['This invitation works for 7 days.', 'If you were not expecting this invitation, you can ignore this email.'],
    },
    'email-change': {
      subject: () => 'Confirm your new email address',
      body: (d) => [`You asked to use this email address for your ${d.cityName} account.`, 'Confirm the change:'],
      action: () => 'Confirm your new email address',
      after: () => [
        'This link works for 24 hours. Until you confirm, we keep using your old address.',
        'If you did not ask for this change, you can ignore this email. Your email address will not change.',
      ],
    },
    'password-changed': {
      subject: () => 'Your password has been changed',
      body: (d) => [`The password of your ${d.cityName} account has just been changed.`],
      after: (d) => [
        'If you changed it, you do not need to do anything.',
        `If you did not, reset your password straight away from the sign-in page and tell ${d.cityName}.`,
      ],
    },
    'privacy-export-ready': {
      subject: () => 'Your data is ready to download',
      body: (d) => [`The copy of your personal data that you asked ${d.cityName} for is ready.`],
      action: () => 'Download your data',
      after: (d) => [
        'The download is available for 7 days.',
        `If you did not ask for a copy of your data, change your password and tell ${d.cityName}.`,
      ],
    },
    'account-deleted': {
      subject: () => 'Your account has been deleted',
      body: (d) => [`Your ${d.cityName} account has been deleted, as you asked.`, 'You can no longer sign in with it.'],
      after: (d) => [`If you did not ask for this, tell ${d.cityName} straight away.`],
    },
    'module-message': {
      subject: (d) => d.subject,
      body: (d) => [d.subject, d.body],
      action: () => 'See your request',
      after: (d) => [`You receive this email because you sent a request to ${d.cityName}.`],
    },
  },
};
