import { createHmac } from 'node:crypto';

/**
 * HMAC-SHA-256 of the parts under a secret the database holds: what the rate limit and the one-vote rule store
 * instead of an address. Without the key, a hash cannot be tied to an address, even by trying every IPv4 one.
 */
export const keyedHash = (key: string, ...parts: (string | number)[]): string =>
  createHmac('sha256', key).update(parts.join('\n')).digest('hex');
