import type { Sql } from '@/lib/db/client';
import { showInvisible } from './invisible';

export type ArticleFeedback = { url: string; helpful: number; unhelpful: number; comments: string[] };
export type SearchMissCount = { query: string; count: number };
export type Report = { articles: ArticleFeedback[]; searchMisses: SearchMissCount[] };

/** Articles by unhelpful votes (most first), each with its counts and comments (newest first); then the top missed searches. */
export async function buildReport(db: Sql, missLimit = 100): Promise<Report> {
  const articles = await db.query<ArticleFeedback>(
    `SELECT url,
        (count(*) FILTER (WHERE helpful))::int AS helpful,
        (count(*) FILTER (WHERE NOT helpful))::int AS unhelpful,
        coalesce(array_agg(comment ORDER BY created_at DESC, id DESC) FILTER (WHERE comment IS NOT NULL), '{}') AS comments
      FROM feedback_votes GROUP BY url
      ORDER BY unhelpful DESC, helpful ASC, url`,
  );
  const searchMisses = await db.query<SearchMissCount>(
    'SELECT query, count(*)::int AS count FROM search_misses GROUP BY query ORDER BY count DESC, query LIMIT $1',
    [missLimit],
  );
  return { articles, searchMisses };
}

/** The report for a person: one block per article, then the missed searches; invisible characters show escaped. */
export function formatReport({ articles, searchMisses }: Report): string {
  const lines = [`Articles by unhelpful votes (${articles.length})`];
  if (articles.length === 0) lines.push('  no votes yet');
  for (const a of articles) {
    lines.push(`  ${a.unhelpful} unhelpful, ${a.helpful} helpful  ${a.url}`);
    for (const comment of a.comments) lines.push(`      "${showInvisible(comment.replace(/\s+/g, ' '))}"`);
  }
  lines.push('', `Most frequent missed searches (${searchMisses.length})`);
  if (searchMisses.length === 0) lines.push('  none yet');
  for (const m of searchMisses) lines.push(`  ${String(m.count).padStart(6)}  ${showInvisible(m.query)}`);
  return `${lines.join('\n')}\n`;
}
