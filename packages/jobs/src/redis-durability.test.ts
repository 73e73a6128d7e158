import { describe, expect, it } from 'vitest';
import { redisDurabilityWarnings } from './redis-durability.ts';

describe('redisDurabilityWarnings', () => {
  it('says nothing for a Redis that neither evicts nor forgets', () => {
    expect(redisDurabilityWarnings({ maxmemoryPolicy: 'noeviction', save: '3600 1 300 100', appendonly: 'no' })).toEqual([]);
    expect(redisDurabilityWarnings({ maxmemoryPolicy: 'noeviction', save: '', appendonly: 'yes' })).toEqual([]);
  });

  it('names an evicting policy', () => {
    const [warning] = redisDurabilityWarnings({ maxmemoryPolicy: 'allkeys-lru', save: '60 1', appendonly: 'yes' });
    expect(warning).toContain('maxmemory-policy allkeys-lru');
  });

  it('warns when nothing survives a restart, and gives both warnings together', () => {
    const warnings = redisDurabilityWarnings({ maxmemoryPolicy: 'volatile-ttl', save: ' ', appendonly: 'no' });
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toContain('keeps nothing across a restart');
  });
});
