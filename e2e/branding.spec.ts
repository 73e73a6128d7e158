import { expect, test } from '@playwright/test';
import { cityUrl } from './hosts.ts';

test('a Paris admin changes the branding and the resident page shows it; Budapest is untouched', async ({ page, browser }) => {
  await page.goto(cityUrl('paris', '/admin'));
  await page.getByLabel('Email address').fill('admin@paris.localhost');
  await page.getByLabel('Password').fill('paris-admin-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Branding' }).click();

  const primary = page.getByRole('textbox', { name: 'Primary colour', exact: true });
  // Too light for white text: the form explains and refuses to save.
  await primary.fill('#9fc5ff');
  await expect(page.getByRole('button', { name: 'Save branding' })).toBeDisabled();
  await expect(page.locator('#save-help')).toBeVisible();

  await primary.fill('#005a32');
  await page.getByRole('button', { name: 'Save branding' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Branding saved' })).toBeVisible();

  const resident = await browser.newPage();
  await resident.goto(cityUrl('paris'));
  await expect(resident.getByRole('heading', { level: 1 })).toContainText('Paris');
  const colour = () => resident.locator('header').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  await expect.poll(colour).toBe('rgb(0, 90, 50)');
  await resident.goto(cityUrl('budapest'));
  await expect(resident.getByRole('heading', { level: 1 })).toContainText('Budapest');
  await expect.poll(colour).toBe('rgb(122, 31, 43)');

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('table')).toContainText('tenant.branding_changed');
});
