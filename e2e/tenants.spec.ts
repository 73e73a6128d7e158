import { expect, test } from '@playwright/test';
import { cityUrl } from './hosts.ts';

const headerColour = (page: import('@playwright/test').Page) =>
  page.locator('header').first().evaluate((el) => getComputedStyle(el).backgroundColor);

/** The city's stored primary colour, as the browser writes a computed colour. */
async function storedPrimary(page: import('@playwright/test').Page) {
  // Asked from the page itself: only the browser resolves *.localhost hosts.
  const site = await page.evaluate(() => fetch('/api/site').then((r) => r.json()));
  const n = Number.parseInt(site.branding.colors.primary.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

test('two cities on two hosts show their own name, colours and language', async ({ page }) => {
  await page.goto(cityUrl('paris'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Paris');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('combobox', { name: 'Langue' })).toBeVisible();
  const parisColour = await headerColour(page);
  expect(parisColour).toBe(await storedPrimary(page));

  await page.goto(cityUrl('budapest'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Budapest');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
  await expect(page.getByRole('combobox', { name: 'Nyelv' })).toBeVisible();
  const budapestColour = await headerColour(page);
  expect(budapestColour).toBe(await storedPrimary(page));
  expect(budapestColour).not.toBe(parisColour);
  await expect(page).toHaveTitle(/Budapest/);
});

test('the language switch offers only the city’s languages and translates the page', async ({ page }) => {
  await page.goto(cityUrl('baltimore'));
  const select = page.getByRole('combobox', { name: 'Language' });
  await expect(select.locator('option')).toHaveText(['English', 'Español']);
  await select.selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('combobox', { name: 'Idioma' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a secondary domain redirects to the city’s primary domain', async ({ page }) => {
  await page.goto(cityUrl('ville-de-paris', '/accessibility'));
  expect(new URL(page.url()).host).toBe(new URL(cityUrl('paris')).host);
  expect(new URL(page.url()).pathname).toBe('/accessibility');
});

test('an unknown host gets a not-found page', async ({ page }) => {
  const res = await page.goto(cityUrl('atlantis'));
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
});
