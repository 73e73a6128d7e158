import { expect, test } from '@playwright/test';
import { cityUrl } from './hosts.ts';

test('a resident signs up and signs in on one city and is signed out on the other', async ({ page }) => {
  const email = `e2e-${Date.now()}@example.test`;
  const password = 'a perfectly long password';

  await page.goto(cityUrl('paris', '/sign-up?lang=en'));
  await page.getByLabel('Your name').fill('Zoé Lambert');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Create a password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Signed in as Zoé Lambert')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();

  await page.goto(cityUrl('paris', '/sign-in?lang=en'));
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as Zoé Lambert')).toBeVisible();

  // Same browser, Budapest's host: no session there, and the Paris account does not exist there.
  await page.goto(cityUrl('budapest', '/?lang=en'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Budapest');
  await expect(page.getByText(/Signed in as/)).toHaveCount(0);
  await page.goto(cityUrl('budapest', '/sign-in?lang=en'));
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');

  // Back on Paris, still signed in.
  await page.goto(cityUrl('paris', '/?lang=en'));
  await expect(page.getByText('Signed in as Zoé Lambert')).toBeVisible();
});
