import { randomBytes } from 'node:crypto';
import type { Sql } from '@/lib/db/client';
import { keyedHash } from './keyed-hash';

const DAY = 86_400_000;
const salts = new WeakMap<object, { day: string; salt: Promise<string> }>();

/**
 * The day's salt (UTC), made by whichever instance votes first that day and read by every other, so all
 * agree. Past days' salts are deleted: once a day is over, its votes' keys cannot be tied to anyone.
 */
function daySalt(owner: object, tx: Sql, day: string): Promise<string> {
  const cached = salts.get(owner);
  if (cached?.day === day) return cached.salt;
  const salt = (async () => {
    await tx.query('DELETE FROM vote_salts WHERE day < $1', [day]);
    const [row] = await tx.query<{ salt: string }>(
      `INSERT INTO vote_salts (day, salt) VALUES ($1, $2)
       ON CONFLICT (day) DO UPDATE SET salt = vote_salts.salt RETURNING salt`,
      [day, randomBytes(32).toString('hex')],
    );
    if (!row) throw new Error('vote_salts returned no salt');
    return row.salt;
  })();
  salt.catch(() => salts.delete(owner));
  salts.set(owner, { day, salt });
  return salt;
}

/**
 * Who voted on an article, as the database keeps it: a keyed hash of the article and the client under the
 * day's salt. A second vote from the same client on the same article that day has the same key and replaces
 * the first; no address is stored.
 */
export async function voterKey(owner: object, tx: Sql, url: string, client: string, now: number): Promise<string> {
  const day = new Date(Math.floor(now / DAY) * DAY).toISOString().slice(0, 10);
  return keyedHash(await daySalt(owner, tx, day), url, client);
}
