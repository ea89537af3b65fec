import type { Db } from '@/lib/db/client';
import { hit, type Limit } from './rate-limit';
import type { Miss, Vote } from './validate';
import { daySalt, voterKey } from './voter';

/**
 * Stores the vote unless its client is past the limit; the count and the row commit together. One client has
 * one vote an article a day: a repeat replaces the earlier vote (its comment too) instead of adding one.
 */
export async function recordVote(db: Db, vote: Vote, client: string, now = Date.now()): Promise<Limit> {
  const salt = await daySalt(db, now);
  return db.transaction(async (tx) => {
    const limit = await hit(db, tx, 'vote', client, now);
    if (!limit.allowed) return limit;
    await tx.query(
      `INSERT INTO feedback_votes (url, helpful, comment, voter) VALUES ($1, $2, $3, $4)
       ON CONFLICT (voter) DO UPDATE SET helpful = EXCLUDED.helpful, comment = EXCLUDED.comment, created_at = now()`,
      [vote.url, vote.helpful, vote.comment, voterKey(salt, vote.url, client)],
    );
    return limit;
  });
}

export function recordMiss(db: Db, miss: Miss, client: string, now = Date.now()): Promise<Limit> {
  return db.transaction(async (tx) => {
    const limit = await hit(db, tx, 'miss', client, now);
    if (limit.allowed) await tx.query('INSERT INTO search_misses (query) VALUES ($1)', [miss.query]);
    return limit;
  });
}
