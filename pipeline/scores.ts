// npm run scores: each article's score from readers' helpful votes, and --write puts changed scores into the files.
import fs from 'node:fs';
import path from 'node:path';
import { openConfiguredDb } from '@/lib/db/client';
import { voteCounts, type Counts } from '@/lib/feedback/scores';
import { articleScore, formatScore, MIN_VOTES } from '@/lib/feedback/wilson';
import { getContentDir, listMarkdown } from '@/pipeline/content/files';
import { frontMatterUrl, rewriteScore } from '@/pipeline/content/score-file';

export type ScoreLine = {
  file: string;
  url: string;
  helpful: number;
  total: number;
  score: string;
  changed: boolean;
  /** Why the file's score cannot be rewritten, when it cannot. */
  problem?: string;
};

/** Each article's score from its votes; with `write`, rewrites the score of the files whose score changed. */
export function scoreFiles(dir: string, counts: Counts, write: boolean): ScoreLine[] {
  const lines: ScoreLine[] = [];
  for (const relative of listMarkdown(dir)) {
    const file = path.join(dir, relative);
    const text = fs.readFileSync(file, 'utf8');
    const url = frontMatterUrl(text);
    if (!url) continue;
    const { helpful = 0, total = 0 } = counts.get(url) ?? {};
    const score = formatScore(articleScore(helpful, total));
    let next: string | undefined;
    try {
      next = rewriteScore(text, score);
    } catch (error) {
      lines.push({ file, url, helpful, total, score, changed: false, problem: (error as Error).message });
      continue;
    }
    if (next !== undefined && write) fs.writeFileSync(file, next);
    lines.push({ file, url, helpful, total, score, changed: next !== undefined });
  }
  return lines;
}

export async function runScores(args: string[], log = console.log): Promise<void> {
  const unknown = args.filter((arg) => arg !== '--write');
  if (unknown.length > 0)
    throw new Error(`unknown argument: ${unknown.join(' ')} (usage: npm run scores [-- --write])`);
  const write = args.includes('--write');
  const db = await openConfiguredDb();
  const counts = await voteCounts(db).finally(() => db.close());
  const dir = getContentDir();
  const lines = scoreFiles(dir, counts, write).sort(
    (a, b) => Number(b.score) - Number(a.score) || a.url.localeCompare(b.url),
  );
  log(`${'score'.padStart(7)}  ${'helpful/votes'.padStart(13)}  article`);
  for (const line of lines)
    log(`${line.score.padStart(7)}  ${`${line.helpful}/${line.total}`.padStart(13)}  ${line.url}`);
  const changed = lines.filter((line) => line.changed);
  log(
    `${lines.length} articles, ${changed.length} score${changed.length === 1 ? '' : 's'} ` +
      `${write ? 'rewritten' : 'would change (--write rewrites them)'}; under ${MIN_VOTES} votes scores -1.0`,
  );
  if (write) for (const line of changed) log(`  wrote ${path.relative(process.cwd(), line.file)}`);
  for (const line of lines.filter((l) => l.problem))
    log(`  ${path.relative(process.cwd(), line.file)}: ${line.problem}`);
}
