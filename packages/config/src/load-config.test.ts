import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './index.ts';

describe('loadConfig', () => {
  it('gives the documented defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.BASE_DOMAIN).toBe('localhost');
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(new URL(c.DATABASE_URL).pathname).toBe('/civitas');
  });
  it('names every bad variable in one error', () => {
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'http://nope' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).problems).toContain('PORT: must be a whole number');
      expect((e as ConfigError).problems.join('\n')).toMatch(/REDIS_URL: must be a URL starting with redis:/);
    }
  });
  it('refuses the development session secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
  });
});
