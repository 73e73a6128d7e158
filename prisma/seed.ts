import { hashPassword } from '@civitas/auth';
import { loadConfig } from '@civitas/config';
import { createPlatformDatabase } from '@civitas/db';
import { createOperator, createResidentAccount, createStaffAccount, createTenant } from '@civitas/platform';
import { demoCities } from './demo-cities.ts';

/** Seeds the demo cities, their people and an operator. Safe to run again: everything is upserted. */
const config = loadConfig();
const { platformDb, close } = createPlatformDatabase({ url: config.PLATFORM_DATABASE_URL });
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

  for (const city of demoCities(config.BASE_DOMAIN)) {
    const tenant = await createTenant(platformDb, city);
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
    const url = `http://${city.hosts[0]}${port}`;
    lines.push(
      `${city.name.padEnd(17)} ${url}/  resident1@${city.slug}.localhost / ${residentPassword}`,
      `${''.padEnd(17)} ${url}/admin  admin@${city.slug}.localhost / ${adminPassword}`,
    );
  }
  console.log(`\nCivitas demo data is ready.\n\n${lines.join('\n')}\n`);
} finally {
  await close();
}
