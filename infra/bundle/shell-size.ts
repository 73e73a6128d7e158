import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The resident shell's budget: the JavaScript a resident's browser must fetch before the first page draws. */
export const SHELL_BUDGET_GZIP_BYTES = 150 * 1024;

export interface ShellFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript of a page's first load, read off the built files: the page's entry script and
 * everything it imports statically, followed chunk by chunk (the modulepreload links name the same
 * set; the imports are the truth). Dynamic imports, the modules' own chunks, are not part of it.
 */
export async function shellFiles(distDir: string, page = 'index.html'): Promise<ShellFile[]> {
  const html = await readFile(join(distDir, page), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  if (!entries.length) throw new Error(`${page} names no module script: was the web app built?`);
  const seen = new Set<string>();
  const queue = [...entries];
  const files: ShellFile[] = [];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(distDir, file));
    files.push({ file, bytes: code.length, gzipBytes: gzipSync(code, { level: 6 }).length });
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const m of code.toString('utf8').matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)) queue.push(dir + m[1]!);
  }
  return files;
}

export interface ShellReport {
  files: ShellFile[];
  gzipBytes: number;
  /** Module chunks (`module-…`) that the shell would fetch for every city, whether on or not. */
  moduleChunksInShell: string[];
  problems: string[];
}

export async function checkShell(distDir: string): Promise<ShellReport> {
  const files = await shellFiles(distDir);
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  const moduleChunksInShell = files.map((f) => f.file).filter((f) => /(^|\/)module-/.test(f));
  const problems: string[] = [];
  if (gzipBytes > SHELL_BUDGET_GZIP_BYTES) {
    problems.push(`The resident shell is ${kb(gzipBytes)} gzipped, over its budget of ${kb(SHELL_BUDGET_GZIP_BYTES)}.`);
  }
  if (moduleChunksInShell.length) {
    problems.push(`Module code is in the resident shell, fetched by every city: ${moduleChunksInShell.join(', ')}.`);
  }
  return { files, gzipBytes, moduleChunksInShell, problems };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
