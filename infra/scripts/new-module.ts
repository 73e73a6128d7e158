import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ModuleSpec, templates } from './new-module/templates.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const usage = `Usage: pnpm new:module <id> --author <city slug> [--title "Display name"]

Creates packages/modules/<id>: a working module with a setting, an API route, a job, a resident page
and tests, and registers it with the API, the worker and the web app.

  <id>       lower-case letters, digits and dashes, starting with a letter (e.g. street-trees)
  --author   the slug of the city whose developers build it (e.g. paris)
  --title    the name residents see (default: from the id)`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value.`);
  args.splice(i, 2);
  return value;
};
const author = flag('--author');
const title = flag('--title');
const [id, ...rest] = args;
if (!id) fail('Name the module.');
if (rest.length) fail(`Unexpected arguments: ${rest.join(' ')}`);
if (!/^[a-z][a-z0-9-]{0,39}$/.test(id)) fail(`"${id}" is not a module id: use lower-case letters, digits and dashes, starting with a letter.`);
if (!author) fail('Say which city builds it: --author <city slug>.');
if (!/^[a-z][a-z0-9-]{0,62}$/.test(author)) fail(`"${author}" is not a city slug.`);

const dir = join(root, 'packages/modules', id);
if (existsSync(dir)) fail(`packages/modules/${id} exists already.`);

const words = id.split('-');
const spec: ModuleSpec = {
  id,
  author,
  title: title ?? words.map((w, i) => (i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w)).join(' '),
  camel: words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join(''),
};

for (const [path, render] of Object.entries(templates)) {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, render(spec));
}

// Register it: the server-side list, the web registry, and the two hosts' dependencies.
const edit = (path: string, change: (text: string) => string) => {
  const file = join(root, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) fail(`Could not register the module in ${path}; add it by hand.`);
  writeFileSync(file, after);
};
const addDependency = (path: string) =>
  edit(path, (text) => {
    const json = JSON.parse(text);
    json.dependencies[`@civitas/module-${id}`] = 'workspace:*';
    json.dependencies = Object.fromEntries(Object.entries(json.dependencies).sort(([a], [b]) => a.localeCompare(b)));
    return `${JSON.stringify(json, null, 2)}\n`;
  });
edit('packages/installed-modules/src/index.ts', (text) =>
  text
    .replace(/(import \{ createModuleRegistry \} from '@civitas\/module-sdk';\n)/, `$1import { ${spec.camel}Module } from '@civitas/module-${id}';\n`)
    .replace(/createModuleRegistry\(\[([\s\S]*?)\]\)/, (_m, list: string) => `createModuleRegistry([${list.trim() ? `${list.trim().replace(/,$/, '')}, ` : ''}${spec.camel}Module])`),
);
edit('apps/web/src/modules/module-web-registry.ts', (text) =>
  text.replace(/= \{([\s\S]*?)\};\s*$/, (_m, body: string) => `= {${body.trimEnd() ? `${body.trimEnd().replace(/,$/, '')},` : ''}\n  '${id}': () => import('@civitas/module-${id}/web'),\n};\n`),
);
addDependency('packages/installed-modules/package.json');
addDependency('apps/web/package.json');

execFileSync('pnpm', ['install'], { cwd: root, stdio: 'inherit' });
console.log(`
Created packages/modules/${id} (${spec.title}, built by ${author}).

Next:
  pnpm exec vitest run packages/modules/${id}     # its tests
  npm start                                       # then, as a city admin: Modules → ${spec.title} → switch on
See CONTRIBUTING.md, "Building a module", for tables, migrations, permissions and sharing.`);
