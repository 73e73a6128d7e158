import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { cityUrl } from './hosts.ts';
import { waitForMail } from './mailbox.ts';

// Participatory budgeting in Budapest, end to end: a resident proposes, staff publish and review,
// the campaign moves to the vote, two residents vote under the knapsack rule (the first with the
// keyboard only), and the results show what is funded. Then the pages are checked with axe in
// Hungarian, English and (on Paris's demo campaign) French.

const API = '/api/m/budget';
const wcag = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

async function signInResident(browser: Browser, slug: string, n: number, lang: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(cityUrl(slug, `/sign-in?lang=${lang}`));
  await page.locator('input[type="email"]').fill(`resident${n}@${slug}.localhost`);
  await page.locator('input[type="password"]').fill(`${slug}-resident-2026`);
  await page.locator('form button[type="submit"]').click();
  await expect(page.getByRole('link', { name: /^(Your account|Votre compte|Fiókja)$/ })).toBeVisible();
  return page;
}

async function signInAdmin(browser: Browser, slug: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(cityUrl(slug, '/admin'));
  await page.getByLabel('Email address').fill(`admin@${slug}.localhost`);
  await page.getByLabel('Password').fill(`${slug}-admin-2026`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'Modules', exact: true })).toBeVisible();
  return page;
}

/**
 * A call through the page's own session and CSRF token, as the web app makes it (from the browser:
 * Node cannot resolve *.localhost, Chromium can).
 */
async function call(page: Page, method: 'GET' | 'POST', path: string, data?: unknown) {
  const res = await page.evaluate(
    async ([method, url, body]) => {
      const { csrfToken } = await (await fetch('/api/session')).json();
      const res = await fetch(url, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: res.status, body: await res.json() };
    },
    [method, `${API}${path}`, data] as const,
  );
  return res as { status: number; body: any };
}

const cityTime = (days: number) => new Date(Date.now() + days * 86_400_000 + 3_600_000).toISOString().slice(0, 16);

test('Budapest: a proposal is published, goes to the vote, two residents vote by the knapsack rule, the results show what is funded', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await signInAdmin(browser, 'budapest');
  const title = `Közösségi költségvetés – e2e ${Date.now()}`;
  const created = await call(admin, 'POST', '/admin/campaigns', {
    title,
    description: 'Egy kampány a teszthez.',
    currency: 'HUF',
    votingMethod: 'knapsack',
    areaRule: 'one_area',
    preModeration: true,
    ideationAt: cityTime(10),
    reviewAt: cityTime(20),
    votingAt: cityTime(30),
    resultsAt: cityTime(40),
    followUpAt: cityTime(50),
    areas: [{ name: 'Egész Budapest', kind: 'city', budget: 1_000_000 }],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const campaign = created.body.campaign as { id: string; areas: { id: string }[] };
  expect((await call(admin, 'POST', `/admin/campaigns/${campaign.id}/phase`, { phase: 'ideation' })).status).toBe(200);

  // 1. Two residents propose; with pre-moderation, their proposals wait for a moderator.
  const bence = await signInResident(browser, 'budapest', 1, 'en');
  const reka = await signInResident(browser, 'budapest', 2, 'en');
  for (const [page, name, cost] of [
    [bence, 'Kutyafuttató a Margitszigeten', '600 000'],
    [reka, 'Ivókút a Városligetben', '500000'],
  ] as const) {
    await page.goto(cityUrl('budapest', `/m/budget/campaigns/${campaign.id}?lang=en`));
    await page.getByRole('link', { name: 'Propose a project' }).click();
    if (page === bence) {
      // The form with its errors shown, keyboard first: submitting empty focuses the summary.
      await page.getByRole('button', { name: 'Submit the proposal' }).press('Enter');
      await expect(page.getByRole('alert')).toBeFocused();
      expect(await wcag(page)).toEqual([]);
    }
    await page.getByLabel('Title').fill(name);
    await page.getByLabel('Description').fill(`${name}: a project for everyone in the city.`);
    await page.getByLabel('Estimated cost').fill(cost);
    await page.getByLabel('Address or place').fill('Budapest');
    await page.getByRole('button', { name: 'Submit the proposal' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your proposal was sent. It will appear once a moderator has published it.');
  }
  // Not visible to anyone else yet.
  await reka.goto(cityUrl('budapest', `/m/budget/campaigns/${campaign.id}?lang=en`));
  await expect(reka.getByRole('link', { name: 'Ivókút a Városligetben' })).toBeVisible();
  await expect(reka.getByRole('link', { name: 'Kutyafuttató a Margitszigeten' })).toHaveCount(0);

  // 2. Staff with budget.moderate publish and review both: feasible, costed, on the ballot.
  await admin.goto(cityUrl('budapest', `/admin/m/budget/campaigns/${campaign.id}`));
  for (const [name, cost] of [
    ['Kutyafuttató a Margitszigeten', '600000'],
    ['Ivókút a Városligetben', '500000'],
  ] as const) {
    await admin.getByRole('link', { name }).click();
    await admin.getByRole('button', { name: 'Publish' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await admin.getByRole('radio', { name: 'Feasible', exact: true }).check();
    await admin.getByLabel('Final cost').fill(cost);
    await admin.getByRole('checkbox', { name: 'Put this project on the ballot' }).check();
    await admin.getByRole('button', { name: 'Save the review' }).click();
    await expect(admin.getByText('On the ballot', { exact: false }).first()).toBeVisible();
    await admin.getByRole('link', { name: `Back to “${title}”` }).click();
  }
  // Bence follows his proposal: he hears that it is on the ballot (in his language).
  await expect.poll(async () => (await waitForMail('resident1@budapest.localhost', /Kutyafuttató/)).text, { timeout: 15_000 }).toContain('felkerül a szavazólapra');

  expect(await wcag(admin)).toEqual([]);

  // 3. The campaign moves to the vote, by hand.
  admin.once('dialog', (d) => void d.accept());
  await admin.getByLabel('Move to phase').selectOption({ label: 'Voting open' });
  await admin.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'The campaign is now in “Voting open”.' })).toBeVisible();

  // 4. Bence builds his ballot with the keyboard only; the server's knapsack rule stops one over the budget.
  await bence.goto(cityUrl('budapest', `/m/budget/campaigns/${campaign.id}?lang=en`));
  await bence.getByRole('link', { name: 'Vote in Egész Budapest' }).click();
  const summary = bence.locator('.civ-budget-summary [role="status"]');
  await expect(summary).toContainText('Remaining budget: HUF 1,000,000 of HUF 1,000,000.');
  const dog = bence.getByRole('checkbox', { name: /Kutyafuttató/ });
  const well = bence.getByRole('checkbox', { name: /Ivókút/ });
  await dog.focus();
  await bence.keyboard.press('Space');
  await expect(summary).toContainText('Remaining budget: HUF 400,000 of HUF 1,000,000.');
  await bence.keyboard.press('Tab');
  await expect(well).toBeFocused();
  await bence.keyboard.press('Space');
  await expect(summary).toContainText('Over the budget by HUF 100,000: remove a project.');
  await bence.getByRole('button', { name: 'Review my ballot' }).focus();
  await bence.keyboard.press('Enter');
  await expect(bence.getByRole('alert')).toContainText('Knapsack rule');
  // The server says the same for a ballot sent anyway.
  const projects = (await call(bence, 'GET', `/campaigns/${campaign.id}/projects`)).body.projects as { id: string }[];
  const refused = await call(bence, 'POST', `/campaigns/${campaign.id}/ballots`, { areaId: campaign.areas[0]!.id, projectIds: projects.map((p) => p.id) });
  expect(refused).toMatchObject({ status: 422, body: { error: { code: 'knapsack_over_budget', message: expect.stringMatching(/^Knapsack rule/) } } });
  await well.focus();
  await bence.keyboard.press('Space');
  await expect(summary).toContainText('Remaining budget: HUF 400,000 of HUF 1,000,000.');
  await bence.getByRole('button', { name: 'Review my ballot' }).focus();
  await bence.keyboard.press('Enter');
  await expect(bence.getByRole('heading', { level: 1, name: 'Check your ballot' })).toBeFocused();
  expect(await wcag(bence)).toEqual([]);
  await bence.keyboard.press('Tab');
  await expect(bence.getByRole('button', { name: 'Submit my ballot' })).toBeFocused();
  await bence.keyboard.press('Enter');
  await expect(bence.getByRole('heading', { level: 1, name: 'Your ballot is recorded' })).toBeFocused();
  const confirmation = await waitForMail('resident1@budapest.localhost', /Szavazatát rögzítettük/);
  expect(confirmation.text).toContain('Kutyafuttató a Margitszigeten');

  // 5. Réka votes for the other project, in Hungarian.
  await reka.goto(cityUrl('budapest', `/m/budget/campaigns/${campaign.id}/vote/${campaign.areas[0]!.id}?lang=hu`));
  await expect(reka.locator('html')).toHaveAttribute('lang', 'hu');
  await reka.getByRole('checkbox', { name: /Ivókút/ }).check();
  await expect(reka.locator('.civ-budget-summary [role="status"]')).toContainText('Fennmaradó keret: 500 000 Ft / 1 000 000 Ft.');
  expect(await wcag(reka)).toEqual([]);
  await reka.getByRole('button', { name: 'Szavazólap ellenőrzése' }).click();
  await reka.getByRole('button', { name: 'Szavazólap leadása' }).click();
  await expect(reka.getByRole('heading', { level: 1, name: 'Szavazatát rögzítettük' })).toBeVisible();
  // Final: the vote page now says so.
  await reka.goto(cityUrl('budapest', `/m/budget/campaigns/${campaign.id}/vote/${campaign.areas[0]!.id}?lang=hu`));
  await expect(reka.getByText('Ezen a területen már szavazott.')).toBeVisible();

  // 6. Voting closes; one vote each: the cheaper project comes first and takes 500,000, the other no longer fits.
  await admin.reload();
  admin.once('dialog', (d) => void d.accept());
  await admin.getByLabel('Move to phase').selectOption({ label: 'Results' });
  await admin.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'The campaign is now in “Results”.' })).toBeVisible();

  for (const [page, lang] of [
    [bence, 'en'],
    [reka, 'hu'],
  ] as const) {
    await page.goto(cityUrl('budapest', `/m/budget/campaigns/${campaign.id}/results?lang=${lang}`));
    const table = page.getByRole('table');
    const row = (name: RegExp) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row(/Ivókút/)).toContainText(lang === 'en' ? 'Funded' : 'Megvalósul');
    await expect(row(/Kutyafuttató/)).toContainText(lang === 'en' ? 'Not funded' : 'Nem nyert');
    await expect(row(/Ivókút/).getByRole('cell').nth(1)).toHaveText('1');
    expect(await wcag(page)).toEqual([]);
  }
  await expect(bence.getByText('Budget HUF 1,000,000, funded HUF 500,000, 2 ballot(s).')).toBeVisible();
});

test('Paris’s demo campaign is open to vote at once, and its pages are axe clean in French and English', async ({ browser }) => {
  // Three sign-ins and eight axe scans in one flow: more than the default budget on a loaded machine.
  test.setTimeout(90_000);
  for (const lang of ['fr', 'en']) {
    const page = await signInResident(browser, 'paris', 2, lang);
    await page.goto(cityUrl('paris', `/m/budget/?lang=${lang}`));
    await page.getByRole('link', { name: 'Budget participatif 2027' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Budget participatif 2027');
    expect(await wcag(page)).toEqual([]);
    await page.getByRole('link', { name: lang === 'fr' ? 'Voter : Tout Paris' : 'Vote in Tout Paris' }).click();
    await page.getByRole('checkbox', { name: /Cours d’école oasis/ }).check();
    await expect(page.locator('.civ-budget-summary [role="status"]')).toContainText(lang === 'fr' ? 'Budget restant : 2 500 000 € sur 5 000 000 €.' : 'Remaining budget: €2,500,000 of €5,000,000.');
    expect(await wcag(page)).toEqual([]);
    // An empty review shows the error summary: axe clean too.
    await page.getByRole('checkbox', { name: /Cours d’école oasis/ }).uncheck();
    await page.getByRole('button', { name: lang === 'fr' ? 'Vérifier mon bulletin' : 'Review my ballot' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await wcag(page)).toEqual([]);
    await page.goto(cityUrl('paris', `/m/budget/?lang=${lang}`));
    await page.getByRole('link', { name: 'Budget participatif 2027' }).click();
    await page.getByRole('link', { name: 'Des fontaines à boire dans tous les parcs' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Des fontaines à boire dans tous les parcs');
    expect(await wcag(page)).toEqual([]);
    await page.context().close();
  }
  // Budapest's residents never see Paris's campaign.
  const budapest = await signInResident(browser, 'budapest', 2, 'en');
  await budapest.goto(cityUrl('budapest', '/m/budget/?lang=en'));
  await expect(budapest.getByRole('link', { name: 'Közösségi költségvetés 2027' })).toBeVisible();
  await expect(budapest.getByRole('link', { name: 'Budget participatif 2027' })).toHaveCount(0);
});
