import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
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

const wcagViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

for (const [slug, locales] of Object.entries(demoLocales)) {
  for (const locale of locales) {
    test(`the ${slug} privacy, forgotten and new password pages are axe clean in ${locale}`, async ({ page }) => {
      await page.goto(cityUrl(slug, `/privacy?lang=${locale}`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('main li').first()).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);

      await page.goto(cityUrl(slug, `/forgot-password?lang=${locale}`));
      await page.locator('form button[type="submit"]').click();
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);

      // A made-up link: the form shows, and the server's refusal lands in the error summary.
      await page.goto(cityUrl(slug, `/reset-password?token=${'x'.repeat(43)}&lang=${locale}`));
      await page.locator('input[type="password"]').fill('a perfectly long password');
      await page.locator('form button[type="submit"]').click();
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });

    test(`the ${slug} account pages are axe clean in ${locale}, with errors and the confirmation shown`, async ({ page }) => {
      await page.goto(cityUrl(slug, `/sign-in?lang=${locale}`));
      await page.locator('input[type="email"]').fill(`resident1@${slug}.localhost`);
      await page.locator('input[type="password"]').fill(`${slug}-resident-2026`);
      await page.locator('form button[type="submit"]').click();
      await expect(page.getByRole('link', { name: /^(Your account|Votre compte|Fiókja|Su cuenta)$/ })).toBeVisible();

      await page.goto(cityUrl(slug, `/account?lang=${locale}`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await page.locator('#profile-birthYear').fill('12');
      await page.locator('#profile-birthYear').press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
      await page.locator('.account-section').last().getByRole('button').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');

      await page.goto(cityUrl(slug, `/account/privacy?lang=${locale}`));
      await page.locator('#delete-account-confirm').press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
}

test('the Paris staff page is axe clean, with the access form open, and so is a bad invitation link', async ({ page }) => {
  await page.goto(cityUrl('paris', '/admin/staff'));
  await page.getByLabel('Email address').fill('admin@paris.localhost');
  await page.getByLabel('Password').fill('paris-admin-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Edit access for Camille Martin' }).click();
  await expect(page.getByRole('heading', { name: 'Access of Camille Martin' })).toBeFocused();
  await page.getByRole('region', { name: 'Invite a staff member' }).getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);

  await page.goto(cityUrl('paris', `/admin/accept-invitation?token=${'x'.repeat(43)}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This invitation cannot be used');
  expect(await wcagViolations(page)).toEqual([]);
});

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
