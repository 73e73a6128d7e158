import { expect, test } from '@playwright/test';
import { cityUrl } from './hosts.ts';

interface SiteModule {
  id: string;
  built: boolean;
  navigation: { path: string }[];
}

/** The module chunk a script URL belongs to: `/assets/module-budget-Drmr_An2.js` → `budget`. */
const moduleChunk = (url: string) => /\/assets\/module-(.+)-[\w-]{8}\.js$/.exec(new URL(url).pathname)?.[1];

for (const slug of ['paris', 'baltimore']) {
  test(`a ${slug} resident's browser fetches the code of the modules ${slug} has on, and of no other`, async ({ page }) => {
    const chunks = new Set<string>();
    page.on('request', (request) => {
      const chunk = request.resourceType() === 'script' ? moduleChunk(request.url()) : undefined;
      if (chunk) chunks.add(chunk);
    });
    await page.goto(cityUrl(slug, '/'));
    await page.waitForLoadState('networkidle');
    // What the city has on, as its portal is told (asked from the page: only Chromium resolves *.localhost).
    const site = await page.evaluate(async () => (await (await fetch('/api/site')).json()) as { modules: SiteModule[] });
    const allowed = new Set(site.modules.flatMap((m) => (m.built ? ['built'] : [m.id])));
    // Then into one of the city's modules, so that a module's chunk is certainly asked for.
    const visited = site.modules.find((m) => m.navigation.length)!;
    await page.goto(cityUrl(slug, visited.navigation[0]!.path));
    await page.waitForLoadState('networkidle');

    expect(chunks.has(visited.built ? 'built' : visited.id)).toBe(true);
    expect([...chunks].filter((c) => !allowed.has(c))).toEqual([]);
  });
}
