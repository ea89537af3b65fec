import ipaddr from 'ipaddr.js';
import { peerAddress } from '@/lib/server/peer';

/**
 * One client, for the rate limit and the one vote an article: the connection's address, or behind `proxies`
 * trusted proxies that each append to X-Forwarded-For, the entry the outermost of them appended, as
 * Express's `trust proxy` counts hops (one proxy: the right-most entry). What a client wrote into the header
 * itself sits left of that entry and never counts. A header shorter than the chain gives its left-most entry.
 * The result is an IP address, an IPv6 client counted by its /64 (one household or host gets a /64 whole);
 * anything else is 'unknown', one bucket all such requests share, which fails closed.
 */
export function clientAddress(headers: Headers, proxies: number): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').filter((entry) => entry.trim());
  const entry = proxies > 0 ? forwarded[Math.max(0, forwarded.length - proxies)] : peerAddress(headers);
  const address = entry === undefined ? undefined : parseAddress(entry);
  return address ? clientKey(address) : 'unknown';
}

/** An address as a proxy writes it: bare, with a port (Azure appends one), or an IPv6 in brackets. */
function parseAddress(entry: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const text = entry.trim();
  const bare = /^\[([^\]]+)\](?::\d+)?$/.exec(text)?.[1] ?? /^([\d.]+):\d+$/.exec(text)?.[1] ?? text;
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return ipaddr.IPv4.parse(bare);
  if (ipaddr.IPv6.isValid(bare)) return ipaddr.IPv6.parse(bare);
  return undefined;
}

function clientKey(address: ipaddr.IPv4 | ipaddr.IPv6): string {
  if (address.kind() === 'ipv4') return address.toString();
  const v6 = address as ipaddr.IPv6;
  if (v6.isIPv4MappedAddress()) return v6.toIPv4Address().toString();
  return `${new ipaddr.IPv6([...v6.parts.slice(0, 4), 0, 0, 0, 0]).toString()}/64`;
}
