import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * `pnpm bench:profile <dir|file.cpuprofile>...`: where a benchmarked server spent its CPU time,
 * from the V8 profiles `BENCH_CPU_PROF=<dir> pnpm bench …` writes. Self time is grouped by
 * package (a dependency under node_modules, a Civitas package, Node's own code) and by function.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

const TOP = Number(process.env.PROFILE_TOP ?? 25);

export function ownerOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  const dependency = url.match(/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/);
  if (dependency) return dependency[1]!;
  const civitas = url.match(/\/(packages\/(?:modules\/)?[^/]+|apps\/[^/]+|infra\/[^/]+)\//);
  if (civitas) return civitas[1]!;
  if (url.startsWith('node:')) return 'node core';
  return url;
}

export function summarise(profile: CpuProfile) {
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    total += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const owner = ownerOf(url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + hits);
    const name = `${functionName || '(anonymous)'} ${owner}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
  }
  const top = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([name, hits]) => ({ name, '% self': +((100 * hits) / total).toFixed(1) }));
  return { total, owners: top(byOwner), functions: top(byFunction) };
}

/** Each server's main-thread profile: the largest file in its folder (the others are loader threads). */
async function profilesIn(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path.endsWith('.cpuprofile')) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    const profiles = await Promise.all(
      entries.filter((e) => e.isFile() && e.name.endsWith('.cpuprofile')).map(async (e) => {
        const file = join(path, e.name);
        return { file, size: (await stat(file)).size };
      }),
    );
    const largest = profiles.sort((a, b) => b.size - a.size)[0];
    if (largest) files.push(largest.file);
    files.push(...(await profilesIn(entries.filter((e) => e.isDirectory()).map((e) => join(path, e.name)))));
  }
  return files.sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await profilesIn(process.argv.slice(2));
  if (!files.length) {
    console.error('No .cpuprofile files: run a benchmark with BENCH_CPU_PROF=<dir> first.');
    process.exit(2);
  }
  for (const file of files) {
    const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
    const { owners, functions } = summarise(profile);
    console.log(`\n== ${file} (${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s)`);
    console.table(owners);
    console.table(functions);
  }
}
