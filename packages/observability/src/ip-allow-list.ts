import { BlockList, isIP } from 'node:net';

export interface IpAllowList {
  /** True when the address is one of the entries or inside one of the ranges. */
  allows(address: string | undefined): boolean;
}

/**
 * Builds an allow-list from IP addresses and CIDR ranges ("127.0.0.1", "::1", "10.0.0.0/8",
 * "fd00::/8"). An IPv4 entry also matches its IPv4-mapped IPv6 form (::ffff:127.0.0.1), which is
 * what `req.ip` shows for IPv4 clients of a dual-stack server. Throws on an entry it cannot read.
 */
export function parseAllowList(entries: readonly string[]): IpAllowList {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = parseAllowEntry(raw);
    if (!entry) throw new Error(`"${raw}" is not an IP address or CIDR range (such as 10.0.0.0/8 or fd00::/8)`);
    if (entry.prefix === undefined) list.addAddress(entry.address, entry.family);
    else list.addSubnet(entry.address, entry.prefix, entry.family);
  }
  return {
    allows(address) {
      if (!address) return false;
      const family = isIP(address);
      if (family === 0) return false;
      return list.check(address, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/** One entry of an allow-list, or undefined when it is neither an address nor a CIDR range. */
export function parseAllowEntry(raw: string) {
  const [address = '', prefixText, ...rest] = raw.trim().split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return undefined;
  const family = version === 4 ? ('ipv4' as const) : ('ipv6' as const);
  if (prefixText === undefined) return { address, family, prefix: undefined };
  const prefix = Number(prefixText);
  if (!/^\d{1,3}$/.test(prefixText) || prefix > (version === 4 ? 32 : 128)) return undefined;
  return { address, family, prefix };
}
