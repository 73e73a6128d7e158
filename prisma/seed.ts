import { hashPassword } from '@civitas/auth';
import { loadConfig } from '@civitas/config';
import { withTenant } from '@civitas/db';
import { installedModules } from '@civitas/installed-modules';
import { seedDemoCampaign } from '@civitas/module-budget';
import { seedDemoNews } from '@civitas/module-news';
import { enableModule, syncCatalogue } from '@civitas/module-host';
import {
  createOperator,
  createResidentAccount,
  createStaffAccount,
  createTenant,
  setEntitlements,
  shareModuleAsPlatform,
} from '@civitas/platform';
import { openRuntime } from '@civitas/runtime';
import { demoCities } from './demo-cities.ts';
import { seedBuiltModules } from './seed-built-modules.ts';

/**
 * Seeds the demo cities, their people and an operator; every city may use every installed module,
 * each module is shared by its author city, and a few are switched on (through the same code path
 * as an admin's switch, so their lifecycle jobs run in the worker). Safe to run again.
 */
const config = loadConfig();
const runtime = await openRuntime(config, { name: 'seed', registry: installedModules });
const { platformDb } = runtime;
const close = () => runtime.close();
const port = config.BASE_DOMAIN === 'localhost' ? `:${config.PORT}` : '';
const lines: string[] = [];

try {
  const operatorPassword = 'operator-demo-2026';
  await createOperator(platformDb, {
    email: 'operator@civitas.localhost',
    displayName: 'Platform Operator',
    passwordHash: await hashPassword(operatorPassword),
  });
  lines.push(`Operator console  http://console.${config.BASE_DOMAIN}${port}/  operator@civitas.localhost / ${operatorPassword}`);

  await syncCatalogue(platformDb, installedModules);
  for (const m of installedModules.list) await shareModuleAsPlatform(platformDb, m.id, `admin@${m.author}.localhost`);

  const seeded = new Map<string, { id: string }>();
  for (const city of demoCities(config.BASE_DOMAIN)) {
    const tenant = await createTenant(platformDb, city);
    seeded.set(city.slug, tenant);
    if (city.districts) await platformDb.tenant.update({ where: { id: tenant.id }, data: { districts: city.districts } });
    await setEntitlements(platformDb, tenant.id, installedModules.list.map((m) => m.id), 'demo seed');
    for (const moduleId of city.modules.filter((m) => installedModules.has(m))) {
      const deps = { db: runtime.db, registry: installedModules, jobs: runtime.jobs, cache: runtime.modules };
      await withTenant(tenant.id, () =>
        enableModule(deps, { tenantId: tenant.id, actor: { type: 'system', id: null, label: 'demo seed' } }, moduleId, true),
      );
    }
    const adminPassword = `${city.slug}-admin-2026`;
    await createStaffAccount(platformDb, {
      tenantId: tenant.id,
      email: `admin@${city.slug}.localhost`,
      displayName: city.admin,
      role: 'admin',
      passwordHash: await hashPassword(adminPassword),
    });
    const residentPassword = `${city.slug}-resident-2026`;
    const residentHash = await hashPassword(residentPassword);
    for (const [i, name] of city.residents.entries()) {
      await createResidentAccount(platformDb, {
        tenantId: tenant.id,
        email: `resident${i + 1}@${city.slug}.localhost`,
        displayName: name,
        passwordHash: residentHash,
        locale: city.defaultLocale,
      });
    }
    if (city.modules.includes('budget')) {
      const demo = { tenantId: tenant.id, slug: city.slug, name: city.name, host: city.hosts[0]!, defaultLocale: city.defaultLocale, districts: city.districts ?? [] };
      await seedDemoCampaign({ db: runtime.db, jobs: runtime.jobs }, demo);
    }
    if (city.modules.includes('news')) {
      await seedDemoNews(runtime.db, { tenantId: tenant.id, slug: city.slug, locales: city.locales, defaultLocale: city.defaultLocale });
    }
    const url = `http://${city.hosts[0]}${port}`;
    lines.push(
      `${city.name.padEnd(17)} ${url}/  resident1@${city.slug}.localhost / ${residentPassword}`,
      `${''.padEnd(17)} ${url}/admin  admin@${city.slug}.localhost / ${adminPassword}`,
    );
  }
  await seedBuiltModules(runtime, seeded);
  lines.push('Terrace permit requests (built by Budapest in the builder) is on in Baltimore.');
  console.log(`\nCivitas demo data is ready.\n\n${lines.join('\n')}\n`);
} finally {
  await close();
}
