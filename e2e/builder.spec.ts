import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { cityUrl, demoLocales } from './hosts.ts';
import { waitForMail } from './mailbox.ts';

// "Terrace permit requests" was built by Budapest in the module builder (the demo seed publishes
// it through the builder's services) and Baltimore has switched it on.
const MODULE = '/m/terrace-permits';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2e5a3b30000000049454e44ae426082', 'hex');

const wcagViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

async function signIn(page: Page, path: string, email: string, password: string) {
  await page.goto(cityUrl('baltimore', path));
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a Baltimore resident requests a terrace permit; staff approve it; the resident is told by email and it is listed', async ({ page, browser }) => {
  // A resident and a staff member sign in, the form is sent twice and two emails are awaited.
  test.setTimeout(90_000);
  const email = 'resident1@baltimore.localhost';
  await signIn(page, '/sign-in?lang=en', email, 'baltimore-resident-2026');
  await expect(page.getByRole('link', { name: 'Your account' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Request a terrace permit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Request a terrace permit' })).toBeVisible();

  // Nothing filled in: every required field is named in the summary, and on the field.
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('alert')).toContainText('“Name of the business” is required');
  expect(await wcagViolations(page)).toEqual([]);

  const business = `Harbor Café ${Date.now().toString(36)}`;
  await page.getByLabel('Name of the business').fill(business);
  await page.getByLabel('Contact person').fill('Dana Brooks');
  await page.getByLabel('Email address', { exact: true }).fill('dana@example.test');
  await page.getByLabel('District').selectOption({ label: 'District V' });
  await page.getByLabel('Street and number').fill('1 Light Street');
  await page.getByLabel('Area').fill('18.5');
  await page.getByLabel('Number of seats').fill('24');
  await page.getByLabel('First day').fill('2027-05-01');
  await page.getByLabel('Last day').fill('2027-09-30');
  // The heater count is asked for only once heaters are chosen.
  await expect(page.getByLabel('How many heaters')).toHaveCount(0);
  await page.getByRole('group', { name: /outdoor heaters/ }).getByLabel('Yes').check();
  await page.getByLabel('How many heaters').fill('2');
  await page.getByLabel('Photo of the place').setInputFiles({ name: 'terrace.png', mimeType: 'image/png', buffer: PNG });
  await page.getByLabel('I confirm the details are correct.').check();
  await page.getByRole('button', { name: 'Send' }).click();
  const confirmation = page.getByRole('status').filter({ hasText: 'we have your request' });
  await expect(confirmation).toBeVisible();
  const reference = (await confirmation.locator('strong').textContent())!;
  const received = await waitForMail(email, /We have your request/);
  expect(received.subject).toContain(reference);

  // Staff of Baltimore move it through the workflow.
  const staff = await browser.newPage();
  await signIn(staff, '/admin', 'admin@baltimore.localhost', 'baltimore-admin-2026');
  await staff.goto(cityUrl('baltimore', `/admin${MODULE}`));
  await staff.getByRole('link', { name: reference }).click();
  await staff.getByRole('button', { name: 'Start the review' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();
  await staff.getByLabel('Comment for the applicant').fill('Tables may stay out until 10 pm.');
  await staff.getByRole('button', { name: 'Approve' }).click();
  await expect(staff.getByText('Approved').first()).toBeVisible();

  const approved = await waitForMail(email, /approved/);
  expect(approved.text).toContain('Tables may stay out until 10 pm.');

  // The resident sees where it stands, and the public list shows it, filtered by district.
  await page.goto(cityUrl('baltimore', `${MODULE}/pages/mine?lang=en`));
  await expect(page.getByRole('listitem').filter({ hasText: reference })).toContainText('Approved');
  await page.goto(cityUrl('baltimore', `${MODULE}/pages/approved?lang=en`));
  await page.getByLabel('District').selectOption({ label: 'District V' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('cell', { name: business })).toBeVisible();
  await page.getByLabel('District').selectOption({ label: 'District VI' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('cell', { name: business })).toHaveCount(0);
});

for (const locale of demoLocales.baltimore!) {
  test(`the generated resident pages of a built module are axe clean in ${locale}`, async ({ page }) => {
    await signIn(page, '/sign-in?lang=en', 'resident2@baltimore.localhost', 'baltimore-resident-2026');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    for (const path of ['', '/forms/request', '/pages/approved', '/pages/mine']) {
      await page.goto(cityUrl('baltimore', `${MODULE}${path}?lang=${locale}`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.civ-built p[role="status"]')).toHaveCount(0);
      await expect(page.locator('.civ-built-error')).toHaveCount(0);
      expect(await wcagViolations(page), path).toEqual([]);
    }
  });
}
