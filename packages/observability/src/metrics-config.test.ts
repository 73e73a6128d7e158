import { ConfigError, loadConfig } from '@civitas/config';
import { describe, expect, it } from 'vitest';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('metrics configuration', () => {
  it('defaults to loopback only and no token', () => {
    const config = loadConfig({});
    expect(config.METRICS_ALLOWED_IPS).toEqual(['127.0.0.1', '::1']);
    expect(config.METRICS_TOKEN).toBeUndefined();
  });

  it('reads a comma-separated list of addresses and ranges, or none', () => {
    expect(loadConfig({ METRICS_ALLOWED_IPS: ' 10.0.0.0/8, fd00::/8 ,192.0.2.1' }).METRICS_ALLOWED_IPS).toEqual(['10.0.0.0/8', 'fd00::/8', '192.0.2.1']);
    expect(loadConfig({ METRICS_ALLOWED_IPS: 'none' }).METRICS_ALLOWED_IPS).toEqual([]);
  });

  it('names each entry it cannot read', () => {
    const found = problems({ METRICS_ALLOWED_IPS: '10.0.0.0/33,prometheus.internal,::1' });
    expect(found).toEqual([
      expect.stringMatching(/^METRICS_ALLOWED_IPS: "10.0.0.0\/33" is not an IP address or CIDR range/),
      expect.stringMatching(/^METRICS_ALLOWED_IPS: "prometheus.internal" is not an IP address or CIDR range/),
    ]);
  });

  it('wants a long token without spaces', () => {
    expect(problems({ METRICS_TOKEN: 'short' })).toEqual(['METRICS_TOKEN: must be at least 32 characters (for example the output of: openssl rand -hex 32)']);
    expect(problems({ METRICS_TOKEN: `${'x'.repeat(32)} y` })).toEqual(['METRICS_TOKEN: must be printable ASCII without spaces']);
    expect(loadConfig({ METRICS_TOKEN: 'f'.repeat(64) }).METRICS_TOKEN).toBe('f'.repeat(64));
  });
});
