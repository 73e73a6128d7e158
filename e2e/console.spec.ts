import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { cityUrl, consoleUrl } from './hosts.ts';
import { waitForMail } from './mailbox.ts';

// The second test works on the city the first one provisions.
test.describe.configure({ mode: 'serial' });

const adminEmail = `e2e-lyon-admin-${Date.now()}@example.test`;
const adminPassword = 'a perfectly long password';

async function signInOperator(page: Page, path = '/') {
  await page.goto(consoleUrl(path));
  await page.getByLabel('Email address').fill('operator@civitas.localhost');
  await page.getByLabel('Password').fill('operator-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function wcagViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

interface SiteView {
  name: string;
  modules: { id: string }[];
  branding: unknown;
  navigation: string[];
}

/** What a resident gets on a city's host: `/api/site` (asked from the page: only the browser resolves *.localhost) and the menu. */
async function residentView(browser: Browser, slug: string): Promise<SiteView> {
  const page = await browser.newPage();
  try {
    await page.goto(cityUrl(slug, '/?lang=en'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const site = await page.evaluate(() => fetch('/api/site').then((r) => r.json()));
    const navigation = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    return { name: site.name, modules: site.modules, branding: site.branding, navigation };
  } finally {
    await page.close();
  }
}

test('an operator provisions Lyon copying Paris; Lyon serves Paris’s modules under its own name and its invited admin joins', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signInOperator(page);
  await page.getByRole('link', { name: 'New city' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New city');

  // The client's checks, said in the summary and next to each field.
  await page.getByRole('button', { name: 'Create the city' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Enter the city’s name');
  await expect(summary).toContainText('Enter the administrator’s email address');
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByLabel('Address', { exact: true }).fill('api');
  await page.getByRole('button', { name: 'Create the city' }).click();
  await expect(summary).toContainText('The address “api” is reserved for the platform');

  // The address follows the name, previewed on the console's own base host.
  await page.getByLabel('Address', { exact: true }).fill('');
  await page.getByLabel('City name').fill('Lyon');
  await expect(page.getByLabel('Address', { exact: true })).toHaveValue('lyon');
  await expect(page.getByText(new URL(cityUrl('lyon')).host, { exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Français' }).check();
  await page.getByLabel('Default language').selectOption('fr');
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Paris');
  await page.getByLabel('Administrator’s email address').fill(adminEmail);

  // Copying Paris preselects the modules Paris may use.
  const parisPlan: { name: { en: string }; entitled: boolean }[] = await page.evaluate(async () => {
    const { tenants } = await fetch('/api/console/tenants').then((r) => r.json());
    const paris = tenants.find((c: { slug: string }) => c.slug === 'paris');
    return (await fetch(`/api/console/tenants/${paris.id}/entitlements`).then((r) => r.json())).modules;
  });
  await page.getByRole('radio', { name: 'Copy from a city' }).check();
  await page.getByLabel('City to copy').selectOption({ label: 'Paris' });
  await expect(page.getByRole('status').filter({ hasText: 'The plan now lists' })).toContainText('Paris');
  for (const m of parisPlan) {
    const box = page.getByRole('group', { name: 'Modules it may use (plan)' }).getByRole('checkbox', { name: m.name.en });
    if (m.entitled) await expect(box).toBeChecked();
    else await expect(box).not.toBeChecked();
  }
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Create the city' }).click();

  // Live progress to the end.
  await expect(page).toHaveURL(/\/provisioning\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Provisioning Lyon');
  const bar = page.getByRole('progressbar', { name: 'Provisioning progress' });
  await expect(bar).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open Lyon' })).toBeVisible({ timeout: 30_000 });
  expect(await bar.evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([7, 7]);
  await expect(bar).toHaveAttribute('aria-valuetext', '7 of 7 steps done');
  await expect(page.getByRole('status')).toHaveText('Lyon is ready: residents can open it now.');
  await expect(page.locator('.step')).toHaveCount(7);
  await expect(page.locator('.step__state')).toHaveText(Array(7).fill('Done'));
  await expect(page.getByRole('link', { name: 'Open Lyon' })).toHaveAttribute('href', cityUrl('lyon'));
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto(consoleUrl('/'));
  await expect(page.getByRole('region', { name: 'Recent provisioning' }).getByRole('link', { name: 'Progress of lyon' })).toBeVisible();

  // lyon.localhost serves Paris's modules, look and menu under its own name.
  const paris = await residentView(browser, 'paris');
  const lyon = await residentView(browser, 'lyon');
  expect(lyon.name).toBe('Lyon');
  expect(paris.modules.length).toBeGreaterThan(0);
  expect(lyon.modules.map((m) => m.id)).toEqual(paris.modules.map((m) => m.id));
  expect(lyon.branding).toEqual(paris.branding);
  expect(lyon.navigation).toEqual(paris.navigation);
  const resident = await browser.newPage();
  await resident.goto(cityUrl('lyon', '/?lang=en'));
  await expect(resident.getByRole('heading', { level: 1 })).toContainText('Lyon');
  await expect(resident.getByRole('heading', { level: 1 })).not.toContainText('Paris');
  await resident.close();

  // The invited administrator sets a password from the emailed link, then signs in with it.
  const mail = await waitForMail(adminEmail, /Lyon/);
  const join = mail.links.find((l) => new URL(l).pathname === '/admin/accept-invitation');
  expect(join, `an invitation link in "${mail.subject}"`).toBeTruthy();
  expect(new URL(join!).host).toBe(new URL(cityUrl('lyon')).host);
  const context = await browser.newContext();
  const admin = await context.newPage();
  await admin.goto(join!);
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText(/^Join Lyon as /);
  await admin.getByLabel('Your name').fill('Camille Roux');
  await admin.getByLabel('Create a password').fill(adminPassword);
  await admin.getByRole('button', { name: 'Join Lyon' }).click();
  await expect(admin.getByText('Signed in as Camille Roux')).toBeVisible();
  await admin.getByRole('button', { name: 'Sign out' }).click();
  await admin.goto(cityUrl('lyon', '/admin'));
  await admin.getByLabel('Email address').fill(adminEmail);
  await admin.getByLabel('Password', { exact: true }).fill(adminPassword);
  await admin.getByRole('button', { name: 'Sign in' }).click();
  await expect(admin.getByText('Signed in as Camille Roux')).toBeVisible();
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Lyon');
  await context.close();
});

test('the operator suspends and resumes Lyon, adds and removes a domain, exports it and deletes it', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signInOperator(page, '/cities/lyon');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lyon');
  expect(await wcagViolations(page)).toEqual([]);
  const resident = await browser.newPage();

  // Suspended: residents get the maintenance page; resumed: the portal again.
  await page.getByRole('button', { name: 'Suspend' }).click();
  const dialog = page.getByRole('dialog', { name: 'Suspend Lyon?' });
  await expect(dialog).toContainText('Residents see a maintenance page; staff can sign in read-only');
  expect(await wcagViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Suspend Lyon' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lyon is suspended.' })).toBeVisible();
  expect((await resident.goto(cityUrl('lyon')))?.status()).toBe(503);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByRole('dialog', { name: 'Resume Lyon?' }).getByRole('button', { name: 'Resume Lyon' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lyon is open again.' })).toBeVisible();
  expect((await resident.goto(cityUrl('lyon')))?.status()).toBe(200);

  // A custom domain: taken ones are refused; a new one redirects to the primary until removed.
  const domains = page.getByRole('region', { name: 'Domains' });
  await domains.getByLabel('Add a domain').fill('ville-de-paris.localhost');
  await domains.getByRole('button', { name: 'Add domain' }).click();
  await expect(domains.getByText('ville-de-paris.localhost is already used by Paris.')).toBeVisible();
  await domains.getByLabel('Add a domain').fill('ville-de-lyon.localhost');
  await domains.getByRole('button', { name: 'Add domain' }).click();
  await expect(domains.getByRole('row').filter({ hasText: 'ville-de-lyon.localhost' })).toContainText('Redirects to the primary');
  await expect(domains.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'lyon.localhost', exact: true }) })).toContainText('Primary');
  await resident.goto(cityUrl('ville-de-lyon', '/accessibility'));
  expect(new URL(resident.url()).host).toBe(new URL(cityUrl('lyon')).host);
  await domains.getByRole('button', { name: 'Remove ville-de-lyon.localhost' }).click();
  await page.getByRole('dialog', { name: 'Remove ville-de-lyon.localhost?' }).getByRole('button', { name: 'Remove ville-de-lyon.localhost' }).click();
  await expect(domains.getByRole('rowheader', { name: 'ville-de-lyon.localhost' })).toHaveCount(0);

  // Without an export, deleting needs the address typed.
  await page.getByRole('button', { name: 'Delete city' }).click();
  const unconfirmed = page.getByRole('dialog', { name: 'Delete Lyon?' });
  await expect(unconfirmed).toContainText('There is no finished export of Lyon.');
  await unconfirmed.getByRole('button', { name: 'Delete Lyon' }).click();
  await expect(unconfirmed.getByText('Type lyon to confirm, or export the city first')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await unconfirmed.getByRole('button', { name: 'Cancel' }).click();
  await expect(unconfirmed).toBeHidden();

  // Export, then delete without typing the address (the export allows it).
  await page.getByRole('button', { name: 'Export all data' }).click();
  const download = page.getByRole('link', { name: /^Download the export of .* \(zip, / });
  await expect(download).toBeVisible({ timeout: 20_000 });
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Delete city' }).click();
  const deletion = page.getByRole('dialog', { name: 'Delete Lyon?' });
  await expect(deletion).toContainText('An export of Lyon exists, so you may delete it without typing its address.');
  await deletion.getByRole('button', { name: 'Delete Lyon' }).click();

  await expect(page).toHaveURL(consoleUrl('/'), { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Lyon has been deleted: \d+ rows removed/ })).toBeVisible();
  await expect(page.getByRole('table').getByRole('rowheader', { name: 'Paris' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('rowheader', { name: 'Lyon' })).toHaveCount(0);
  expect((await resident.goto(cityUrl('lyon')))?.status()).toBe(404);
  await resident.close();
});
