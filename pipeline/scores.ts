// npm run scores: each article's score from readers' helpful votes, and --write puts changed scores into the files.
import path from 'node:path';
import { openConfiguredDb } from '@/lib/db/client';
import { getContentDir } from '@/pipeline/content/files';
import { scoreFiles, voteCounts } from '@/lib/feedback/scores';
import { MIN_VOTES } from '@/lib/feedback/wilson';

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
}
