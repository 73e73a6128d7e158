import { fileURLToPath } from 'node:url';
import { checkShell, kb, SHELL_BUDGET_GZIP_BYTES } from './shell-size.ts';

// `pnpm check:bundle`, run by the test command after the web build: fails when the resident
// shell outgrows its budget or takes in a module's code.
const dist = process.argv[2] ?? fileURLToPath(new URL('../../apps/web/dist', import.meta.url));
const report = await checkShell(dist);
console.table(Object.fromEntries(report.files.map((f) => [f.file, { raw: kb(f.bytes), gzip: kb(f.gzipBytes) }])));
console.log(`resident shell: ${kb(report.gzipBytes)} gzipped (budget ${kb(SHELL_BUDGET_GZIP_BYTES)})`);
if (report.problems.length) {
  for (const p of report.problems) console.error(p);
  process.exit(1);
}
