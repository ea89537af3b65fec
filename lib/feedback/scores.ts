import type { Sql } from '@/lib/db/client';

export type Counts = Map<string, { helpful: number; total: number }>;

/** Each article's helpful votes and all its votes (one a client and day), by url. */
export async function voteCounts(db: Sql): Promise<Counts> {
  const rows = await db.query<{ url: string; helpful: number; total: number }>(
    'SELECT url, (count(*) FILTER (WHERE helpful))::int AS helpful, count(*)::int AS total FROM feedback_votes GROUP BY url',
  );
  return new Map(rows.map((row) => [row.url, { helpful: row.helpful, total: row.total }]));
}
