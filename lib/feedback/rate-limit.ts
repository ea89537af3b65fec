import type { Sql } from '@/lib/db/client';
import { keyedHash } from './keyed-hash';

export const LIMIT_PER_MINUTE = 10;
const MINUTE = 60_000;

export type Limit = { allowed: boolean; retryAfter: number };

const salts = new WeakMap<object, Promise<string>>();
const sweeps = new WeakMap<object, number>();

/** The database's random salt (written by the first migration), read once per database handle. */
function salt(owner: object, sql: Sql): Promise<string> {
  let value = salts.get(owner);
  if (!value) {
    value = sql
      .query<{ value: string }>("SELECT value FROM app_secrets WHERE name = 'rate_limit_salt'")
      .then(([row]) => {
        if (!row) throw new Error('app_secrets has no rate_limit_salt: run npm run db:migrate');
        return row.value;
      });
    value.catch(() => salts.delete(owner));
    salts.set(owner, value);
  }
  return value;
}

/**
 * Counts one request of `kind` from `client` in the current minute. The row's key is
 * HMAC(salt; kind, minute, client): no address is stored, the same client's keys in two minutes
 * cannot be linked without the salt, and rows are deleted once their minute is over.
 */
export async function hit(owner: object, tx: Sql, kind: string, client: string, now = Date.now()): Promise<Limit> {
  const window = Math.floor(now / MINUTE);
  const bucket = keyedHash(await salt(owner, tx), kind, window, client);
  const expires = new Date((window + 1) * MINUTE);
  if ((sweeps.get(owner) ?? 0) < now - MINUTE) {
    sweeps.set(owner, now);
    await tx.query('DELETE FROM rate_limit_hits WHERE expires_at < $1', [new Date(now).toISOString()]);
  }
  const [row] = await tx.query<{ hits: number }>(
    `INSERT INTO rate_limit_hits (bucket, expires_at, hits) VALUES ($1, $2, 1)
     ON CONFLICT (bucket) DO UPDATE SET hits = rate_limit_hits.hits + 1
     RETURNING hits`,
    [bucket, expires.toISOString()],
  );
  return { allowed: Number(row?.hits) <= LIMIT_PER_MINUTE, retryAfter: Math.ceil((expires.getTime() - now) / 1000) };
}
