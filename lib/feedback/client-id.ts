import { isIP } from 'node:net';
import { peerAddress } from '@/lib/server/peer';

/**
 * One client for the rate limit: the connection's address, or behind a trusted proxy (Vercel,
 * TRUST_PROXY=1) the first X-Forwarded-For entry. An IPv6 client counts by its /64, which one
 * household or host gets whole, so rotating addresses inside it does not dodge the limit.
 */
export function clientAddress(headers: Headers, trustProxy: boolean): string {
  const forwarded = trustProxy ? headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  const address = forwarded || peerAddress(headers);
  // Unknown (no stamp, no trusted header): every such request shares one bucket, which fails closed.
  return address ? normalize(address) : 'unknown';
}

function normalize(address: string): string {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  if (mapped) return mapped[1]!;
  if (isIP(plain) !== 6) return plain.toLowerCase();
  return `${expand(plain).slice(0, 4).join(':')}::/64`;
}

function expand(address: string): string[] {
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const fill = address.includes('::') ? Array(8 - left.length - right.length).fill('0') : [];
  return [...left, ...fill, ...right].map((group) => group.replace(/^0+(?=.)/, ''));
}
