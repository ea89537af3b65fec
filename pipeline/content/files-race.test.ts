import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeCorpus } from '@/tools/bench/corpus';
import { type ParseResult } from './parse';
import { readArticle } from '@/pipeline/check/file';
import { Workers } from '@/pipeline/workers/workers';
import { forgetContent, locateProblems, readContent, type ParseJob } from './files';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-race-'));
const corpus = path.join(root, 'content');
writeCorpus(corpus, 6);
afterAll(() => {
  forgetContent();
  fs.rmSync(root, { recursive: true, force: true });
});

const listed = (dir: string, prefix = ''): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listed(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .filter((f) => f.endsWith('.md'))
    .sort();

// Files are read while threads already parse (the event loop runs between reads): a writer or a git checkout
// can delete a listed file before it is read.
describe('a file deleted after the folder was listed', () => {
  it('is left out, not a crash of the whole check', async () => {
    forgetContent();
    const files = listed(corpus);
    const gone = files[2] as string;
    const jobs: ParseJob[] = [];
    const sink = {
      add: (job: ParseJob) => {
        if (jobs.push(job) === 1) fs.rmSync(path.join(corpus, gone));
      },
      results: async (): Promise<ParseResult[]> => jobs.map((job) => readArticle(job.file, job.text)),
    };
    const read = await readContent(corpus, sink, false);
    expect(read.files.map((f) => f.file)).toEqual(files.filter((f) => f !== gone));
    // Each file keeps its own result: a fresh read of what is left matches.
    forgetContent();
    expect(JSON.stringify(read.files)).toBe(
      JSON.stringify((await readContent(corpus, new Workers(0).parser(), false)).files),
    );
  });

  it('still gets a line in a cross-file problem found after it was read', () => {
    const problem = { file: 'gone/away.md', field: 'id', message: 'x', severity: 'error' as const };
    expect(locateProblems([problem], corpus)).toEqual([{ ...problem, line: 1 }]);
  });
});

describe('a one-shot read (a build or a check)', () => {
  it('gives the files and results of a read that keeps mtimes', async () => {
    forgetContent();
    const once = await readContent(corpus, new Workers(0).parser(), false, { memo: false });
    forgetContent();
    const kept = await readContent(corpus, new Workers(0).parser(), false);
    expect(once.files.length).toBeGreaterThan(0);
    expect(JSON.stringify(once.files)).toBe(JSON.stringify(kept.files));
  });

  it('stats no article, and leaves no memory of mtimes that a later read would trust', async () => {
    forgetContent();
    const stat = vi.spyOn(fs, 'statSync');
    const read = vi.spyOn(fs, 'readFileSync');
    const inCorpus = (calls: unknown[][]) => calls.filter(([file]) => String(file).startsWith(corpus)).length;
    const touched = async (memo: boolean) => {
      stat.mockClear();
      read.mockClear();
      await readContent(corpus, new Workers(0).parser(), false, { memo });
      return { stats: inCorpus(stat.mock.calls), reads: inCorpus(read.mock.calls) };
    };
    try {
      const files = listed(corpus).length;
      expect(await touched(false)).toEqual({ stats: 0, reads: files });
      // The dev server's reads: the first reads every file, the next none, trusting the mtimes it kept.
      expect(await touched(true)).toEqual({ stats: files, reads: files });
      expect(await touched(true)).toEqual({ stats: files, reads: 0 });
      expect(await touched(false)).toEqual({ stats: 0, reads: files });
      // ...nor forgets what the dev server kept.
      expect(await touched(true)).toEqual({ stats: files, reads: 0 });
    } finally {
      stat.mockRestore();
      read.mockRestore();
    }
  });
});
