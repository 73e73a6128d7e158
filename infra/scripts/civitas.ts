import { userInfo } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '@civitas/config';
import { HttpError } from '@civitas/http';
import { installedModules } from '@civitas/installed-modules';
import {
  addDomain,
  findRun,
  listTenants,
  removeDomain,
  requestCityDeletion,
  setCityStatus,
  setPrimaryDomain,
  startCityExport,
  startProvisioning,
  type StepState,
} from '@civitas/platform';
import { openRuntime } from '@civitas/runtime';

const HELP = `Civitas operator command line: the same operations as the console, for scripts.

Usage: pnpm civitas city <command> [options]

Commands:
  list                                   every city with its status and domains
  create --name N --slug S --admin-email E [--locales fr,en] [--default-locale fr]
         [--time-zone Europe/Paris] [--domains a.example,b.example] [--modules contacts,notices]
         [--copy-from paris] [--no-wait]
                                         provision a city (waits for the worker to finish it)
  suspend <slug> | resume <slug> | archive <slug>
  export <slug> [--out FILE]             build an archive of all the city's data (waits), save it
  delete <slug> --confirm <slug>         delete the city and all its data
  domain-add <slug> <host> | domain-remove <slug> <host> | domain-primary <slug> <host>

Options: --operator NAME (default: your user name), --help.
Provisioning, exports and deletions run in the worker: keep one running (npm start does).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: 'boolean' },
    name: { type: 'string' },
    slug: { type: 'string' },
    'admin-email': { type: 'string' },
    locales: { type: 'string', default: 'en' },
    'default-locale': { type: 'string' },
    'time-zone': { type: 'string', default: 'UTC' },
    domains: { type: 'string', default: '' },
    modules: { type: 'string', default: '' },
    'copy-from': { type: 'string' },
    'no-wait': { type: 'boolean' },
    out: { type: 'string' },
    confirm: { type: 'string' },
    operator: { type: 'string', default: `cli:${userInfo().username}` },
  },
});

const [area, command, ...args] = positionals;
if (values.help || !area) {
  console.log(HELP);
  process.exit(0);
}
if (area !== 'city' || !command) fail(`Unknown command "${positionals.join(' ')}".`);

const list = (v: string | undefined) => (v ? v.split(',').map((x) => x.trim()).filter(Boolean) : []);
const config = loadConfigOrExit();
const runtime = await openRuntime(config, { name: 'cli', registry: installedModules });
const operator = { id: null, email: values.operator! };
const deps = { ...runtime, prefix: config.REDIS_PREFIX, baseDomain: config.BASE_DOMAIN };

try {
  await run();
} catch (error) {
  if (error instanceof HttpError) {
    const fields = error.fields ? Object.entries(error.fields).map(([k, v]) => `\n  --${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${v}`).join('') : '';
    fail(`${error.message}${fields}`);
  }
  throw error;
} finally {
  await runtime.close();
}

async function city(slug: string | undefined) {
  if (!slug) fail('Name the city by its slug.');
  const found = await runtime.platformDb.tenant.findFirst({ where: { slug } });
  if (!found) fail(`There is no city "${slug}".`);
  return found;
}

async function run() {
  switch (command) {
    case 'list': {
      for (const t of await listTenants(runtime.platformDb)) {
        console.log(`${t.slug.padEnd(16)} ${t.status.padEnd(12)} ${t.name.padEnd(24)} ${t.domains.map((d) => (d.primary ? `${d.host}*` : d.host)).join(' ')}`);
      }
      return;
    }
    case 'create': {
      const locales = list(values.locales);
      const started = await startProvisioning(
        deps,
        {
          name: values.name,
          slug: values.slug,
          adminEmail: values['admin-email'],
          locales,
          defaultLocale: values['default-locale'] ?? locales[0],
          timeZone: values['time-zone'],
          domains: list(values.domains),
          modules: list(values.modules),
          copyFrom: values['copy-from'] ?? null,
        },
        operator.email,
      );
      console.log(`Provisioning ${started.slug} (run ${started.id})…`);
      if (values['no-wait']) return;
      const seen = new Set<string>();
      for (;;) {
        const current = (await findRun(runtime.platformDb, started.id))!;
        for (const s of current.steps as unknown as StepState[]) {
          if (s.status === 'done' && !seen.has(s.name)) {
            seen.add(s.name);
            console.log(`  ✓ ${s.name}`);
          }
        }
        if (current.status === 'succeeded') return console.log(`${started.slug} is open: http://${started.slug}.${config.BASE_DOMAIN}${config.BASE_DOMAIN === 'localhost' ? `:${config.PORT}` : ''}/`);
        if (current.status === 'failed') fail(`Provisioning failed: ${current.error}. Retry it from the console.`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    case 'suspend':
    case 'resume':
    case 'archive': {
      const status = command === 'suspend' ? 'suspended' : command === 'resume' ? 'active' : 'archived';
      const updated = await setCityStatus(runtime, { tenantId: (await city(args[0])).id, status, operator });
      return console.log(`${updated.slug} is ${updated.status}.`);
    }
    case 'export': {
      const target = await city(args[0]);
      const created = await startCityExport(deps, target.id, operator);
      for (;;) {
        const current = (await runtime.platformDb.cityExport.findFirst({ where: { id: created.id } }))!;
        if (current.status === 'failed') fail(`The export failed: ${current.error}`);
        if (current.status === 'succeeded') {
          const out = values.out ?? `civitas-${target.slug}-${current.createdAt.toISOString().slice(0, 10)}.zip`;
          await writeFile(out, current.archive!);
          return console.log(`Saved ${out} (${current.sizeBytes} bytes).`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    case 'delete': {
      const target = await city(args[0]);
      if (values.confirm !== target.slug) fail(`Deleting ${target.name} removes all its data. Repeat its slug: --confirm ${target.slug}`);
      await requestCityDeletion(deps, target.id, { confirmSlug: values.confirm }, operator);
      return console.log(`${target.slug} is closed; the worker is deleting its data.`);
    }
    case 'domain-add':
      await addDomain(runtime, (await city(args[0])).id, { host: args[1] }, operator);
      return console.log(`Added ${args[1]}.`);
    case 'domain-remove':
      await removeDomain(runtime, (await city(args[0])).id, String(args[1]), operator);
      return console.log(`Removed ${args[1]}.`);
    case 'domain-primary':
      await setPrimaryDomain(runtime, (await city(args[0])).id, String(args[1]), operator);
      return console.log(`${args[1]} is now the primary domain.`);
    default:
      fail(`Unknown command "city ${command}".`);
  }
}

function fail(message: string): never {
  console.error(`${message}\n\nRun "pnpm civitas --help" for the commands.`);
  process.exit(2);
}
