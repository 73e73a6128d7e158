import { describe, expect, it } from 'vitest';
import { parseAllowList } from './ip-allow-list.ts';

describe('parseAllowList', () => {
  it('allows the listed addresses and nothing else', () => {
    const list = parseAllowList(['127.0.0.1', '::1']);
    expect(list.allows('127.0.0.1')).toBe(true);
    expect(list.allows('::1')).toBe(true);
    expect(list.allows('127.0.0.2')).toBe(false);
    expect(list.allows('10.0.0.1')).toBe(false);
    expect(list.allows('::2')).toBe(false);
  });

  it('matches IPv4 clients in the IPv4-mapped form a dual-stack server reports', () => {
    const list = parseAllowList(['127.0.0.1', '10.0.0.0/8']);
    expect(list.allows('::ffff:127.0.0.1')).toBe(true);
    expect(list.allows('::ffff:10.20.30.40')).toBe(true);
    expect(list.allows('::ffff:11.0.0.1')).toBe(false);
  });

  it('matches CIDR ranges at their edges, IPv4 and IPv6', () => {
    const list = parseAllowList(['192.168.4.0/22', 'fd00:abcd::/32']);
    expect(list.allows('192.168.4.0')).toBe(true);
    expect(list.allows('192.168.7.255')).toBe(true);
    expect(list.allows('192.168.8.0')).toBe(false);
    expect(list.allows('192.168.3.255')).toBe(false);
    expect(list.allows('fd00:abcd:1::9')).toBe(true);
    expect(list.allows('fd00:abce::1')).toBe(false);
  });

  it('treats a /0 range as everyone of that family', () => {
    const list = parseAllowList(['0.0.0.0/0']);
    expect(list.allows('203.0.113.7')).toBe(true);
    expect(list.allows('2001:db8::1')).toBe(false);
  });

  it('refuses unknown or missing addresses', () => {
    const list = parseAllowList(['127.0.0.1']);
    expect(list.allows(undefined)).toBe(false);
    expect(list.allows('')).toBe(false);
    expect(list.allows('localhost')).toBe(false);
  });

  it('allows nothing when the list is empty', () => {
    expect(parseAllowList([]).allows('127.0.0.1')).toBe(false);
  });

  it.each(['localhost', '10.0.0.0/33', 'fd00::/129', '10.0.0.0/8/1', '10.0.0/8', '10.0.0.0/-1', '10.0.0.0/'])(
    'names the entry it cannot read: %s',
    (entry) => {
      expect(() => parseAllowList(['127.0.0.1', entry])).toThrow(`"${entry}" is not an IP address or CIDR range`);
    },
  );
});
