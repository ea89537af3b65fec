import { randomBytes } from 'node:crypto';
import type { Sql } from '@/lib/db/client';
import { keyedHash } from './keyed-hash';

const DAY = 86_400_000;
const salts = new WeakMap<Sql, { day: string; salt: Promise<string> }>();

/**
 * The day's salt (UTC), made by whichever instance votes first that day and read by every other, so all
 * agree. Past days' salts are deleted: once a day is over, its votes' keys cannot be tied to anyone. Runs on
 * its own, before the vote's transaction, so a salt this instance remembers is one the database kept.
 */
export function daySalt(db: Sql, now: number): Promise<string> {
  const day = new Date(Math.floor(now / DAY) * DAY).toISOString().slice(0, 10);
  const cached = salts.get(db);
  if (cached?.day === day) return cached.salt;
  const salt = (async () => {
    await db.query('DELETE FROM vote_salts WHERE day < $1', [day]);
    const [row] = await db.query<{ salt: string }>(
      `INSERT INTO vote_salts (day, salt) VALUES ($1, $2)
       ON CONFLICT (day) DO UPDATE SET salt = vote_salts.salt RETURNING salt`,
      [day, randomBytes(32).toString('hex')],
    );
    if (!row) throw new Error('vote_salts returned no salt');
    return row.salt;
  })();
  salt.catch(() => salts.delete(db));
  salts.set(db, { day, salt });
  return salt;
}

/**
 * Who voted on an article, as the database keeps it: a keyed hash of the article and the client under the
 * day's salt. A second vote from the same client on the same article that day has the same key and replaces
 * the first; no address is stored.
 */
export const voterKey = (salt: string, url: string, client: string): string => keyedHash(salt, url, client);
