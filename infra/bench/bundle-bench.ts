import { fileURLToPath } from 'node:url';
import { checkShell, kb, SHELL_BUDGET_GZIP_BYTES } from '../bundle/shell-size.ts';

/** The resident shell's gzipped JavaScript against its budget (from the last `pnpm build:web`). */
export async function bundleBench() {
  const report = await checkShell(fileURLToPath(new URL('../../apps/web/dist', import.meta.url)));
  console.log('\n== resident first load (apps/web/dist)');
  console.table(Object.fromEntries(report.files.map((f) => [f.file, { gzip: kb(f.gzipBytes) }])));
  console.log(
    `shell JS ${kb(report.gzipBytes)} gzipped: ${(report.gzipBytes / SHELL_BUDGET_GZIP_BYTES).toFixed(2)}× of the ${kb(SHELL_BUDGET_GZIP_BYTES)} budget (goal ≤ 1.00×)`,
  );
  for (const p of report.problems) console.log(`NOT MET: ${p}`);
}
