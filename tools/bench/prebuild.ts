// The prebuild (check, store, search index) cold, then after a one-article edit on the warm .next/cache.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipelineArgs, run, type RunResult } from './measure';

export type PrebuildFigures = { cold: RunResult; warm: RunResult; edited: string };

const figures = (out: RunResult) => {
  if (out.code !== 0) throw new Error(`the prebuild failed:\n${out.stdout.slice(-3000)}`);
  return out;
};

/** Writes into a temporary folder (never the project's store or index); the edited file is put back afterwards. */
export async function measurePrebuild(
  dir: string,
  env: Record<string, string>,
  onLine?: (line: string) => void,
): Promise<PrebuildFigures> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'qt-bench-prebuild-'));
  const prebuild = () =>
    run(
      process.execPath,
      pipelineArgs(
        'scripts/prebuild.ts',
        '--json',
        '--store',
        path.join(out, 'store'),
        '--search',
        path.join(out, 'search'),
      ),
      env,
      undefined,
      onLine,
    );
  for (const cache of ['content', 'store-shards'])
    fs.rmSync(path.join('.next', 'cache', cache), { recursive: true, force: true });
  const subject =
    fs
      .readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()[0] ?? '';
  const edited = path.join(dir, subject, fs.readdirSync(path.join(dir, subject)).sort()[0] ?? '');
  const source = fs.readFileSync(edited, 'utf8');
  try {
    const cold = figures(await prebuild());
    // A writer's one-sentence fix: a new answer, so one record, its shard and the search index change.
    fs.writeFileSync(edited, source.replace('answer: >-\n    ', 'answer: >-\n    One more sentence from the writer. '));
    const warm = figures(await prebuild());
    return { cold, warm, edited };
  } finally {
    fs.writeFileSync(edited, source);
    fs.rmSync(out, { recursive: true, force: true });
  }
}
