import { expect, test } from '@playwright/test';
import { cityUrl } from './hosts.ts';

const MODULE = 'City contacts & opening hours';

test('a Budapest admin switches on the module Baltimore built; Budapest residents see it at once, Paris never does', async ({ page, browser }) => {
  await page.goto(cityUrl('budapest', '/admin'));
  await page.getByLabel('Email address').fill('admin@budapest.localhost');
  await page.getByLabel('Password').fill('budapest-admin-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();

  // Find it in the shared catalogue.
  await page.getByRole('link', { name: 'Modules', exact: true }).click();
  await page.getByRole('combobox', { name: 'Built by' }).selectOption({ label: 'Baltimore' });
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: MODULE }) });
  await expect(card).toContainText('Built by Baltimore');
  await expect(card).toContainText(/Used by 1 city/);
  await card.getByRole('link', { name: MODULE }).click();

  // Switch it on, with confirmation.
  const toggle = page.getByRole('switch', { name: MODULE });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Switch on' }).click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');

  // Fill its settings, generated from the module's schema.
  const intro = 'Every library and town hall office of Budapest, with its opening hours.';
  await page.getByLabel('Intro').fill(intro);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();

  // A resident of Budapest sees it in the navigation at once.
  const resident = await browser.newPage();
  await resident.goto(cityUrl('budapest', '/?lang=en'));
  const nav = resident.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'City contacts' }).click();
  await expect(resident.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(resident.getByText(intro)).toBeVisible();

  // Paris is unchanged: no entry, and the page does not exist there.
  await resident.goto(cityUrl('paris', '/?lang=en'));
  await expect(resident.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'City contacts' })).toHaveCount(0);
  await resident.goto(cityUrl('paris', '/m/contacts/?lang=en'));
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(/not found/i);

  // Switched off again: gone for Budapest's residents.
  await toggle.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Switch off' }).click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await resident.goto(cityUrl('budapest', '/?lang=en'));
  await expect(resident.getByRole('heading', { level: 1 })).toContainText('Budapest');
  await expect(resident.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'City contacts' })).toHaveCount(0);
  await resident.goto(cityUrl('budapest', '/m/contacts/?lang=en'));
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(/not found/i);

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('table')).toContainText('module.disabled');
});
