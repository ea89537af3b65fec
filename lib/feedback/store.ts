import type { Db } from '@/lib/db/client';
import { hit, type Limit } from './rate-limit';
import type { Miss, Vote } from './validate';

/** Stores the vote unless its client is past the limit; the count and the row commit together. */
export function recordVote(db: Db, vote: Vote, client: string): Promise<Limit> {
  return db.transaction(async (tx) => {
    const limit = await hit(db, tx, 'vote', client);
    if (limit.allowed)
      await tx.query('INSERT INTO feedback_votes (url, helpful, comment) VALUES ($1, $2, $3)', [
        vote.url,
        vote.helpful,
        vote.comment,
      ]);
    return limit;
  });
}

export function recordMiss(db: Db, miss: Miss, client: string): Promise<Limit> {
  return db.transaction(async (tx) => {
    const limit = await hit(db, tx, 'miss', client);
    if (limit.allowed) await tx.query('INSERT INTO search_misses (query) VALUES ($1)', [miss.query]);
    return limit;
  });
}
