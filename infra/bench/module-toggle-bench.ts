import { performance } from 'node:perf_hooks';
import { hashPassword } from '@civitas/auth';
import { createPlatformDatabase } from '@civitas/db';
import { installedModules } from '@civitas/installed-modules';
import { syncCatalogue } from '@civitas/module-host';
import { createStaffAccount, setEntitlements, shareModuleAsPlatform } from '@civitas/platform';
import type { BenchEnv } from './bench-env.ts';
import { createBenchCity } from './bench-city.ts';
import { HostClient } from './host-client.ts';
import { percentile } from './percentile.ts';

const TOGGLES = 40;

/**
 * How fast a city admin's switch reaches another API process: the admin toggles a module on
 * process A; we poll process B's /api/site until it shows the change. Goal p99 < 100 ms.
 */
export async function moduleToggleBench(env: BenchEnv) {
  const module = installedModules.list.find((m) => Object.keys(m.dependsOn).length === 0);
  if (!module) {
    console.log('\n== module toggle propagation: skipped, no installed module without dependencies');
    return;
  }
  const platform = createPlatformDatabase({ url: env.database.urls.platform });
  const city = await createBenchCity(platform.platformDb, 'toggle');
  await syncCatalogue(platform.platformDb, installedModules);
  await shareModuleAsPlatform(platform.platformDb, module.id, 'bench');
  await setEntitlements(platform.platformDb, city.id, [module.id], 'bench');
  await createStaffAccount(platform.platformDb, {
    tenantId: city.id,
    email: 'admin@toggle.test',
    displayName: 'Admin',
    role: 'admin',
    passwordHash: await hashPassword('bench password'),
  });
  await platform.close();

  const a = await env.start('serve-site.ts');
  const b = await env.start('serve-site.ts');
  const admin = new HostClient(a.port, 'toggle.localhost');
  await admin.signInStaff('admin@toggle.test', 'bench password');
  const resident = new HostClient(b.port, 'toggle.localhost');
  const shows = async () =>
    ((await resident.request('GET', '/api/site')).body.modules as { id: string }[]).some((m) => m.id === module.id);

  console.log(`\n== module toggle propagation between two API processes, ${TOGGLES} switches of "${module.id}"`);
  const delays: number[] = [];
  for (let i = 0; i < TOGGLES; i++) {
    const on = i % 2 === 0;
    // B must hold the old state in its cache before the switch, so only invalidation can change it.
    if ((await shows()) === on) throw new Error('process B already shows the new state');
    const res = await admin.request('POST', `/api/admin/modules/${module.id}/${on ? 'enable' : 'disable'}`, {});
    if (res.status !== 200) throw new Error(`toggle failed: ${res.status} ${JSON.stringify(res.body)}`);
    const committed = performance.now();
    while ((await shows()) !== on) {
      if (performance.now() - committed > 5000) throw new Error('process B never saw the change');
    }
    delays.push(performance.now() - committed);
  }
  await Promise.all([a.stop(), b.stop()]);
  const p50 = percentile(delays, 50);
  const p99 = percentile(delays, 99);
  console.table({ 'switch → visible on the other process': { 'p50 ms': p50.toFixed(1), 'p99 ms': p99.toFixed(1), 'max ms': Math.max(...delays).toFixed(1) } });
  console.log(`p99 ${p99.toFixed(1)} ms  (goal < 100 ms; includes one /api/site round trip of polling)`);
}
