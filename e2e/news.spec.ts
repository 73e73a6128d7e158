import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { cityUrl, demoLocales } from './hosts.ts';

// News and pages, built by Paris: a Paris staff member writes a post in French and English, saves it,
// schedules another, publishes the first; residents of Paris read it in both languages and in the
// Atom feeds; Baltimore (which runs the module too) shows none of it. The resident pages are checked
// with axe in each of the city's languages.

const wcag = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

async function signInAdmin(browser: Browser, slug: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(cityUrl(slug, '/admin'));
  await page.getByLabel('Email address').fill(`admin@${slug}.localhost`);
  await page.getByLabel('Password').fill(`${slug}-admin-2026`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'Modules', exact: true })).toBeVisible();
  return page;
}

/** A GET from inside the page (Node cannot resolve *.localhost, Chromium can). */
const fetchText = (page: Page, url: string) =>
  page.evaluate(async (u) => {
    const res = await fetch(u);
    return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
  }, url);

const stamp = Date.now().toString(36);
const slug = `pont-neuf-${stamp}`;
const later = `collecte-${stamp}`;
const fr = { title: `Réouverture du Pont Neuf ${stamp}`, summary: 'Le pont rouvre aux piétons.', body: '<p>Le <strong>Pont Neuf</strong> rouvre aux piétons.</p><script>window.pwned = true</script>' };
const en = { title: `Pont Neuf reopens ${stamp}`, summary: 'The bridge reopens to pedestrians.', body: '<p>The <strong>Pont Neuf</strong> reopens to pedestrians.</p><img src=x onerror="window.pwned = true">' };

test('Paris staff write a post in French and English, schedule one and publish the other; residents read it in both languages and in the feeds; Baltimore shows none of it', async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await signInAdmin(browser, 'paris');

  // A post to publish now, written in both languages.
  await admin.goto(cityUrl('paris', '/admin/m/news/'));
  await admin.getByRole('button', { name: 'Write a news post' }).click();
  await admin.getByLabel('Address (slug)').fill(slug);
  const french = admin.getByRole('group', { name: /français/i });
  await french.getByLabel('Title').fill(fr.title);
  await french.getByLabel('Summary').fill(fr.summary);
  await french.getByLabel('Text (HTML)').fill(fr.body);
  const english = admin.getByRole('group', { name: /English/ });
  await english.getByLabel('Title').fill(en.title);
  await english.getByLabel('Summary').fill(en.summary);
  await english.getByLabel('Text (HTML)').fill(en.body);
  await admin.getByRole('button', { name: 'Save draft' }).click();
  await expect(admin.getByRole('status')).toHaveText('Saved.');

  // The preview shows the text as residents will read it, the script gone.
  await english.getByRole('button', { name: /Preview/ }).click();
  const preview = admin.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: en.title })).toBeVisible();
  await expect(preview.locator('img, script')).toHaveCount(0);

  // A second post, scheduled for tomorrow.
  await admin.getByRole('button', { name: 'Back to the list' }).click();
  await admin.getByRole('button', { name: 'Write a news post' }).click();
  await admin.getByLabel('Address (slug)').fill(later);
  await admin.getByRole('group', { name: /français/i }).getByLabel('Title').fill(`Collecte des sapins ${stamp}`);
  const tomorrow = new Date(Date.now() + 86_400_000);
  const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(tomorrow).replace(' ', 'T');
  await admin.getByLabel('Or publish at (city time)').fill(local);
  await admin.getByRole('button', { name: 'Schedule' }).click();
  await expect(admin.getByRole('status')).toContainText('Scheduled for');
  await admin.getByRole('button', { name: 'Back to the list' }).click();
  await expect(admin.getByRole('row', { name: new RegExp(`Collecte des sapins ${stamp}`) })).toContainText('Scheduled for');

  // Publish the first now.
  await admin.getByRole('link', { name: fr.title }).click();
  await admin.getByRole('button', { name: 'Publish now' }).click();
  await expect(admin.getByRole('status')).toHaveText('Published');

  // A resident of Paris, in French and in English.
  const resident = await (await browser.newContext()).newPage();
  await resident.goto(cityUrl('paris', '/m/news/?lang=fr'));
  await expect(resident.getByRole('heading', { level: 1, name: 'Actualités' })).toBeVisible();
  await expect(resident.getByRole('link', { name: fr.title })).toBeVisible();
  await expect(resident.getByText(`Collecte des sapins ${stamp}`)).toHaveCount(0);
  await resident.getByRole('link', { name: fr.title }).click();
  await expect(resident.getByRole('heading', { level: 1, name: fr.title })).toBeVisible();
  await expect(resident.locator('.civ-news-body strong')).toHaveText('Pont Neuf');
  expect(await resident.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();

  await resident.goto(cityUrl('paris', `/m/news/posts/${slug}?lang=en`));
  await expect(resident.getByRole('heading', { level: 1, name: en.title })).toBeVisible();
  await expect(resident.locator('.civ-news-body img')).toHaveCount(0);
  expect(await resident.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();

  // A post written in French only: English readers are told it is not yet translated.
  await resident.goto(cityUrl('paris', '/m/news/posts/fermeture-berges-de-seine?lang=en'));
  await expect(resident.getByText('Not yet translated: shown in French.')).toBeVisible();

  // The latest news on the home page.
  await resident.goto(cityUrl('paris', '/?lang=en'));
  await expect(resident.getByRole('region', { name: 'Latest news' }).getByRole('link', { name: en.title })).toBeVisible();

  // The feeds, one per language.
  for (const [locale, title] of [['fr', fr.title], ['en', en.title]] as const) {
    const feed = await fetchText(resident, `/api/m/news/feed/${locale}.atom`);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe('application/atom+xml; charset=utf-8');
    expect(feed.text).toContain(`xml:lang="${locale}"`);
    expect(feed.text).toContain(`<title type="text">${title}</title>`);
    expect(feed.text).not.toContain('pwned = true</script>');
  }

  // Baltimore runs the module with its own news, and none of Paris's.
  const baltimore = await (await browser.newContext()).newPage();
  await baltimore.goto(cityUrl('baltimore', '/m/news/'));
  await expect(baltimore.getByRole('link', { name: 'Snow emergency plan in effect' })).toBeVisible();
  await expect(baltimore.getByText(stamp)).toHaveCount(0);
  await baltimore.goto(cityUrl('baltimore', `/m/news/posts/${slug}`));
  await expect(baltimore.getByRole('heading', { level: 1, name: 'This page was not found.' })).toBeVisible();
  const theirFeed = await fetchText(baltimore, '/api/m/news/feed/en.atom');
  expect(theirFeed.text).toContain('Snow emergency plan in effect');
  expect(theirFeed.text).not.toContain(stamp);
});

for (const [city, post, page] of [
  ['paris', 'budget-participatif-vote-ouvert', 'accessibilite'],
  ['baltimore', 'snow-emergency-plan', 'contact-311'],
] as const) {
  for (const lang of demoLocales[city]!) {
    test(`${city}: the news pages are axe clean in ${lang}`, async ({ page }) => {
      for (const path of ['/m/news/', `/m/news/posts/${post}`, `/m/news/pages/${page}`, '/']) {
        await page.goto(cityUrl(city, `${path}?lang=${lang}`));
        await expect(page.locator('h1')).toBeVisible();
        await expect(page.getByText(/Loading…|Chargement…|Cargando…/)).toHaveCount(0);
        if (path === '/') await expect(page.locator('.civ-news-home')).toBeVisible();
        expect(await wcag(page), `${city} ${path} in ${lang}`).toEqual([]);
      }
    });
  }
}
