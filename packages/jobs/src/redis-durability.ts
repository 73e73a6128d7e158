import type { Redis } from 'ioredis';

/** What Redis says about keeping keys: under memory pressure, and across a restart. */
export interface RedisDurability {
  /** `maxmemory-policy`; BullMQ needs `noeviction`, or queued jobs can vanish under memory pressure. */
  maxmemoryPolicy: string;
  /** `save` (RDB snapshot rules, empty when snapshots are off) and `appendonly` (`yes` or `no`). */
  save: string;
  appendonly: string;
}

/**
 * The warnings a process logs at start about its Redis. Nothing that must happen lives only in Redis
 * (the sweeps re-derive every delayed effect from PostgreSQL), but an operator should know when
 * queued work can be lost and has to wait for a sweep.
 */
export function redisDurabilityWarnings(d: RedisDurability): string[] {
  const warnings: string[] = [];
  if (d.maxmemoryPolicy !== 'noeviction') {
    warnings.push(
      `Redis evicts keys under memory pressure (maxmemory-policy ${d.maxmemoryPolicy}): queued jobs can disappear. Set maxmemory-policy noeviction.`,
    );
  }
  if (d.save.trim() === '' && d.appendonly !== 'yes') {
    warnings.push(
      'Redis keeps nothing across a restart (no snapshots, no append-only file): queued and delayed jobs are lost when it restarts, and wait for the next sweep. Enable appendonly for fewer delays.',
    );
  }
  return warnings;
}

/** Reads the settings; null when the server refuses CONFIG (some managed services do). */
export async function readRedisDurability(redis: Redis): Promise<RedisDurability | null> {
  try {
    const read = async (name: string) => ((await redis.config('GET', name)) as string[])[1] ?? '';
    const [maxmemoryPolicy, save, appendonly] = await Promise.all([read('maxmemory-policy'), read('save'), read('appendonly')]);
    return { maxmemoryPolicy, save, appendonly };
  } catch {
    return null;
  }
}
