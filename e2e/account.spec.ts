import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { cityUrl } from './hosts.ts';
import { waitForMail } from './mailbox.ts';

const password = 'a perfectly long password';

/** The emailed link, on the host the mail names (the city's primary domain). */
async function linkFrom(to: string, subject: RegExp, path: string, since?: number): Promise<string> {
  const mail = await waitForMail(to, subject, { since });
  const link = mail.links.find((l) => new URL(l).pathname === path);
  expect(link, `a ${path} link in "${mail.subject}"`).toBeTruthy();
  return link!;
}

async function signIn(page: Page, slug: string, email: string, secret: string) {
  await page.goto(cityUrl(slug, '/sign-in?lang=en'));
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a Paris resident signs up, confirms the address from the email, signs in, downloads their data and deletes the account', async ({ page }) => {
  const email = `e2e-account-${Date.now()}@example.test`;

  await page.goto(cityUrl('paris', '/sign-up?lang=en'));
  await page.getByLabel('Your name').fill('Inès Moreau');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Create a password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Signed in as Inès Moreau')).toBeVisible();
  await expect(page.getByText(`Confirm your email address: follow the link we sent to ${email}.`)).toBeVisible();

  const verify = await linkFrom(email, /^Confirm your email address$/, '/verify-email');
  expect(new URL(verify).host).toBe(new URL(cityUrl('paris')).host);

  // The same link on another city's host is not valid there, and confirms nothing.
  const elsewhere = new URL(verify);
  elsewhere.host = new URL(cityUrl('budapest')).host;
  await page.goto(`${elsewhere.href}&lang=en`);
  await expect(page.getByRole('alert')).toHaveText(/This link is not valid/);

  await page.goto(verify);
  await expect(page.getByRole('status').filter({ hasText: 'your email address is confirmed' })).toBeVisible();
  await expect(page.getByText(/Confirm your email address:/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Continue to the home page' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText(/Signed in as/)).toHaveCount(0);

  await signIn(page, 'paris', email, password);
  await expect(page.getByText('Signed in as Inès Moreau')).toBeVisible();
  await expect(page.getByText(/Confirm your email address:/)).toHaveCount(0);

  await page.getByRole('link', { name: 'Your account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeFocused();
  await page.getByRole('link', { name: 'Download your data or delete your account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();

  await page.getByRole('button', { name: 'Request a copy of my data' }).click();
  // The list refreshes itself while the copy is prepared, and says so when it is ready.
  await expect(page.getByRole('status').filter({ hasText: 'Your copy is ready to download.' })).toBeVisible({ timeout: 20_000 });
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Download the copy requested/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^paris-my-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const archive = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const account = JSON.parse(strFromU8(archive['account.json']!)) as { email: string; displayName: string; emailVerifiedAt: string | null };
  expect(account).toMatchObject({ email, displayName: 'Inès Moreau' });
  expect(account.emailVerifiedAt).not.toBeNull();
  await waitForMail(email, /^Your data is ready to download$/);

  // Deleting needs the password and the typed word; a wrong word is refused first.
  await page.getByLabel('Your password').fill(password);
  await page.getByLabel('Type DELETE to confirm').fill('delete');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('alert')).toContainText('Type DELETE in capital letters to confirm');
  await page.getByLabel('Type DELETE to confirm').fill('DELETE');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your account has been deleted.' })).toBeVisible();
  await expect(page.getByText(/Signed in as/)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Your account' })).toHaveCount(0);
  await waitForMail(email, /^Your account has been deleted$/);

  await signIn(page, 'paris', email, password);
  await expect(page.getByRole('alert')).toContainText('There is a problem');
});

test('a resident resets a forgotten password from the emailed link, which works once and only on its own city', async ({ page }) => {
  const email = `e2e-reset-${Date.now()}@example.test`;
  await page.goto(cityUrl('paris', '/sign-up?lang=en'));
  await page.getByLabel('Your name').fill('Jules Fabre');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Create a password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText(/Signed in as/)).toHaveCount(0);

  await page.goto(cityUrl('paris', '/sign-in?lang=en'));
  await page.getByRole('link', { name: 'Forgotten your password?' }).click();
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await expect(page.getByRole('status')).toContainText(`If an account uses ${email}, we have sent it a link`);
  const reset = await linkFrom(email, /^Reset your password$/, '/reset-password');

  const elsewhere = new URL(reset);
  elsewhere.host = new URL(cityUrl('budapest')).host;
  await page.goto(`${elsewhere.href}&lang=en`);
  await page.getByLabel('New password').fill('budapest would like this one');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This link is not valid');

  const newPassword = 'a brand new long password';
  await page.goto(reset);
  await page.getByLabel('New password').fill('too short');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('alert')).toContainText('at least 10 characters');
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('status')).toHaveText('Your password has been changed. Sign in with your new password.');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as Jules Fabre')).toBeVisible();

  await page.goto(reset);
  await page.getByLabel('New password').fill('one more long password');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This link has already been used.');
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
});

test('a Paris administrator invites a staff member, who joins from the email; Budapest never sees the invitation', async ({ page, browser }) => {
  const invitee = `e2e-staff-${Date.now()}@example.test`;
  await page.goto(cityUrl('paris', '/admin/staff'));
  await page.getByLabel('Email address').fill('admin@paris.localhost');
  await page.getByLabel('Password').fill('paris-admin-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const invite = page.getByRole('region', { name: 'Invite a staff member' });
  await invite.getByRole('textbox', { name: 'Email address' }).fill(invitee);
  await invite.getByRole('radio', { name: 'Moderator' }).check();
  await invite.getByRole('checkbox', { name: 'Publish, edit, end and delete notices' }).check();
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('status')).toHaveText(`Invitation sent to ${invitee}.`);
  await expect(page.getByRole('rowheader', { name: invitee })).toBeVisible();

  // The last administrator cannot stop being one: the server's reason is shown.
  await page.getByRole('button', { name: 'Edit access for Camille Martin' }).click();
  await page.getByRole('region', { name: 'Access of Camille Martin' }).getByRole('radio', { name: 'Editor' }).check();
  await page.getByRole('button', { name: 'Save access' }).click();
  await expect(page.getByRole('alert')).toContainText('A city always keeps at least one administrator');
  await page.getByRole('button', { name: 'Cancel' }).click();

  const join = await linkFrom(invitee, /Paris/, '/admin/accept-invitation');
  const other = await browser.newContext();
  const budapest = await other.newPage();
  const elsewhere = new URL(join);
  elsewhere.host = new URL(cityUrl('budapest')).host;
  await budapest.goto(elsewhere.href);
  await expect(budapest.getByRole('heading', { level: 1 })).toHaveText('This invitation cannot be used');

  const invited = await other.newPage();
  await invited.goto(join);
  await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Join Paris as Moderator');
  await invited.getByLabel('Your name').fill('Nora Petit');
  await invited.getByLabel('Create a password').fill(password);
  await invited.getByRole('button', { name: 'Join Paris' }).click();
  await expect(invited.getByText('Signed in as Nora Petit')).toBeVisible();
  await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Paris');
  await other.close();

  await page.reload();
  const row = page.getByRole('row', { name: /Nora Petit/ });
  await expect(row).toContainText('Moderator');
  await expect(row).toContainText('Publish, edit, end and delete notices');
  await expect(page.getByRole('rowheader', { name: invitee })).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove for Nora Petit' }).click();
  await page.getByRole('dialog', { name: 'Remove Nora Petit from the staff?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status')).toHaveText('Nora Petit has been removed from the staff.');
  await expect(page.getByRole('row', { name: /Nora Petit/ })).toHaveCount(0);
});
