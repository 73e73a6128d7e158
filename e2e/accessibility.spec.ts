import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { cityUrl, demoLocales } from './hosts.ts';

for (const [slug, locales] of Object.entries(demoLocales)) {
  for (const locale of locales) {
    test(`the ${slug} resident home page is axe clean in ${locale}`, async ({ page }) => {
      await page.goto(cityUrl(slug, `/?lang=${locale}`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test(`the ${slug} sign-up page is axe clean in ${locale}, with errors shown`, async ({ page }) => {
      await page.goto(cityUrl(slug, `/sign-up?lang=${locale}`));
      await page.locator('form button[type="submit"]').click();
      await expect(page.getByRole('alert')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }
}

test('the operator console lists the demo cities after sign-in', async ({ page }) => {
  await page.goto(`http://console.localhost:${new URL(cityUrl('paris')).port}/`);
  await page.getByLabel('Email address').fill('operator@civitas.localhost');
  await page.getByLabel('Password').fill('operator-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const table = page.getByRole('table');
  for (const name of ['Paris', 'Budapest', 'Baltimore']) await expect(table.getByRole('rowheader', { name })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
