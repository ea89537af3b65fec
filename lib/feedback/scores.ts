import fs from 'node:fs';
import path from 'node:path';
import type { Sql } from '@/lib/db/client';
import { rewriteScore, frontMatterUrl } from './score-file';
import { articleScore, formatScore } from './wilson';

export type Counts = Map<string, { helpful: number; total: number }>;
export type ScoreLine = { file: string; url: string; helpful: number; total: number; score: string; changed: boolean };

export async function voteCounts(db: Sql): Promise<Counts> {
  const rows = await db.query<{ url: string; helpful: number; total: number }>(
    'SELECT url, (count(*) FILTER (WHERE helpful))::int AS helpful, count(*)::int AS total FROM feedback_votes GROUP BY url',
  );
  return new Map(rows.map((row) => [row.url, { helpful: row.helpful, total: row.total }]));
}

function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Each article's score from its votes; with `write`, rewrites the score line of the files whose score changed. */
export function scoreFiles(dir: string, counts: Counts, write: boolean): ScoreLine[] {
  const lines: ScoreLine[] = [];
  for (const file of markdownFiles(dir)) {
    const text = fs.readFileSync(file, 'utf8');
    const url = frontMatterUrl(text);
    if (!url) continue;
    const { helpful = 0, total = 0 } = counts.get(url) ?? {};
    const score = formatScore(articleScore(helpful, total));
    const next = rewriteScore(text, score);
    if (next !== undefined && write) fs.writeFileSync(file, next);
    lines.push({ file, url, helpful, total, score, changed: next !== undefined });
  }
  return lines;
}
