import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { checkShell, SHELL_BUDGET_GZIP_BYTES, shellFiles } from './shell-size.ts';

const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

async function dist(files: Record<string, string | Buffer>) {
  const dir = await mkdtemp(join(tmpdir(), 'civitas-dist-'));
  dirs.push(dir);
  await mkdir(join(dir, 'assets'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

const page = '<html><head><script type="module" crossorigin src="/assets/index-a.js"></script></head></html>';

describe('the resident shell', () => {
  it('is the entry and what it imports statically, not the chunks it imports on demand', async () => {
    const dir = await dist({
      'index.html': page,
      'assets/index-a.js': 'import{a}from"./vendor-b.js";import"./shared-c.js";const m=()=>import("./module-budget-d.js");',
      'assets/vendor-b.js': 'export const a=1;',
      'assets/shared-c.js': 'import{a}from"./vendor-b.js";',
      'assets/module-budget-d.js': 'export default 1;',
    });
    const files = await shellFiles(dir);
    expect(files.map((f) => f.file)).toEqual(['assets/index-a.js', 'assets/vendor-b.js', 'assets/shared-c.js']);
    expect((await checkShell(dir)).problems).toEqual([]);
  });

  it('fails over budget, naming the size', async () => {
    // Random bytes do not compress: the gzip size stays over the budget.
    const big = randomBytes(SHELL_BUDGET_GZIP_BYTES + 10_000).toString('base64');
    const dir = await dist({ 'index.html': page, 'assets/index-a.js': `const s="${big}";` });
    const report = await checkShell(dir);
    expect(report.gzipBytes).toBeGreaterThan(SHELL_BUDGET_GZIP_BYTES);
    expect(report.problems).toEqual([expect.stringMatching(/^The resident shell is [\d.]+ KB gzipped, over its budget of 150\.0 KB\.$/)]);
  });

  it('fails when a module chunk is imported statically by the shell', async () => {
    const dir = await dist({
      'index.html': page,
      'assets/index-a.js': 'import"./module-notices-e.js";',
      'assets/module-notices-e.js': 'export default 1;',
    });
    expect((await checkShell(dir)).problems).toEqual(['Module code is in the resident shell, fetched by every city: assets/module-notices-e.js.']);
  });

  it('refuses a folder without a built page', async () => {
    const dir = await dist({ 'index.html': '<html></html>' });
    await expect(shellFiles(dir)).rejects.toThrow('index.html names no module script');
  });
});
