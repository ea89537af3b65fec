import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '@/pipeline/search-index/write';
import { writeCorpus } from '@/tools/bench/corpus';
import { compileStore } from './compile/store';
import { ResultCache } from './content/cache';
import { forgetContent } from './content/files';
import { libraryOf } from './content/library';
import { scanContent } from './scan';
import { Workers } from './workers/workers';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-'));
const corpus = path.join(root, 'content');
writeCorpus(corpus, 60);

// The build cache lives in the test's own folder, never the project's .next/cache.
const cache = path.join(root, 'cache', 'content');

/** Forgets this process's memory and, when `cold`, the caches on disk: a new build on Vercel. */
function newProcess(cold: boolean) {
  forgetContent();
  if (cold) fs.rmSync(path.dirname(cache), { recursive: true, force: true });
}
afterAll(() => {
  forgetContent();
  fs.rmSync(root, { recursive: true, force: true });
});

/** The prebuild's steps into `name`: the store and the search index. */
async function build(name: string, { cold, threads = 0 }: { cold: boolean; threads?: number }) {
  newProcess(cold);
  const workers = new Workers(threads, 0);
  const progress: Record<'parsed' | 'rendered' | 'shards', [number, number][]> = {
    parsed: [],
    rendered: [],
    shards: [],
  };
  const record = (step: keyof typeof progress) => (done: number, total: number) => progress[step].push([done, total]);
  try {
    const scan = await scanContent({ dir: corpus, workers, cache, onParsed: record('parsed') });
    const library = libraryOf(scan.articles, { drafts: false });
    const store = await compileStore(library, {
      dir: corpus,
      workers,
      cache,
      siteUrl: 'https://learn.example.org',
      prerenderLimit: 20,
      out: path.join(root, name, 'store'),
      perShard: 8, // several shards, so that an edit leaves most of them as they were
      onRendered: record('rendered'),
      onShard: record('shards'),
    });
    const search = await writeSearchIndex(path.join(root, name, 'search'), library, undefined, {
      workers,
      state: new ResultCache<unknown>('search', corpus, undefined, cache),
      batch: 8, // several batches, so that an edit analyses one of them again
    });
    return { scan, store, search, threads: workers.threads, progress };
  } finally {
    await workers.close();
  }
}

/** Every file under a folder, by relative path: two builds match when these are equal byte for byte. */
function files(dir: string, prefix = ''): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) for (const [k, v] of files(dir, relative)) found.set(k, v);
    else found.set(relative, fs.readFileSync(path.join(dir, relative)));
  }
  return found;
}

const edited = fs.readdirSync(path.join(corpus, 'biology'))[0] ?? '';
const editedFile = path.join(corpus, 'biology', edited);

describe('the incremental compile', () => {
  it('after a one-article edit, reparses and rerenders that one article and writes what a cold build writes', async () => {
    const first = await build('first', { cold: true });
    expect(first.scan.parsed).toBe(60);
    expect(first.store.rendered).toBe(60);
    const again = await build('again', { cold: false });
    expect(first.search.analysed).toBe(8);
    expect([again.scan.parsed, again.store.rendered, again.store.compressed]).toEqual([0, 0, 0]);
    expect([again.store.reused, again.search.analysed]).toEqual([3 * again.store.shards, 0]);

    const source = fs.readFileSync(editedFile, 'utf8');
    // A later `updated` moves the sitemap's lastmod; a new sentence changes the answer, its shard and the index.
    const changed = source
      .replace('answer: >-\n    ', 'answer: >-\n    Osmotic zebrafish quietly explain it. ')
      .replace('score:', 'updated: 2025-12-31\nscore:');
    expect(changed).not.toBe(source);
    fs.writeFileSync(editedFile, changed);

    const warm = await build('warm', { cold: false });
    expect(warm.scan.parsed).toBe(1);
    expect(warm.store.rendered).toBe(1);
    expect(warm.store.reused).toBeGreaterThan(0);
    expect(warm.search.analysed).toBe(1);
    const cold = await build('cold', { cold: true });
    expect(cold.scan.parsed).toBe(60);

    const warmFiles = files(path.join(root, 'warm'));
    expect(warmFiles).toEqual(files(path.join(root, 'cold')));
    expect(warm.scan.problems).toEqual(cold.scan.problems);
    // The edit is in the output: the equality above is not of two stale builds.
    expect(warmFiles).not.toEqual(files(path.join(root, 'first')));
    const sitemap = JSON.parse(warmFiles.get('store/sitemaps/0.xml.json')?.toString() ?? '[]') as [string, string][];
    expect(sitemap.find(([p]) => p.endsWith(edited.replace(/\.md$/, '')))?.[1]).toBe('2025-12-31');
    const search = [...warmFiles].filter(([k]) => k.startsWith('search/')).map(([, v]) => v.toString());
    expect(search.some((text) => text.includes('zebrafish'))).toBe(true);
    fs.writeFileSync(editedFile, source);
  }, 120_000);

  it('writes the same store and index with worker threads as in one thread', async () => {
    const serial = await build('serial', { cold: true });
    const parallel = await build('parallel', { cold: true, threads: 2 });
    expect(serial.threads).toBe(0);
    expect(parallel.threads).toBe(2);
    expect(parallel.store.rendered).toBe(60);
    expect(files(path.join(root, 'parallel'))).toEqual(files(path.join(root, 'serial')));
    expect(parallel.scan).toEqual(serial.scan);
    // Progress for a display: from 0 to the total, in batches of 200 from the threads (here one batch). Files go to
    // the threads while the folder is still being read, so the parse total is what was read so far.
    expect(parallel.progress).toEqual({
      parsed: [
        [0, 1],
        [60, 60],
      ],
      rendered: [
        [0, 60],
        [60, 60],
      ],
      shards: Array.from({ length: 8 }, (_, i) => [i + 1, 8]),
    });
    expect(serial.progress.parsed).toEqual([
      [0, 60],
      [60, 60],
    ]);
  }, 120_000);
});

describe('the streaming parse', () => {
  const jobs = Array.from({ length: 450 }, (_, i) => {
    const file = fs.readdirSync(path.join(corpus, 'biology'))[i % 3] ?? '';
    const source = fs.readFileSync(path.join(corpus, 'biology', file), 'utf8');
    // Distinct results in a known order: each job's id is its index.
    return { file: `biology/${file}`, text: source.replace(/^id: \d+$/m, `id: ${i + 1}`) };
  });

  it.each([
    ['threads from the first file', 2, 0],
    ['threads once 300 files wait', 2, 300],
    ['one thread, below the threshold', 2, 1000],
    ['no threads asked for', 0, 0],
  ])(
    'gives results in the order files were added: %s',
    async (_, threads, threshold) => {
      const workers = new Workers(threads, threshold);
      try {
        const sink = workers.parser();
        for (const job of jobs) sink.add(job);
        const results = await sink.results();
        expect(results.map((r) => r.article?.id)).toEqual(jobs.map((_, i) => i + 1));
        expect(workers.threads).toBe(threshold < jobs.length ? threads : 0);
      } finally {
        await workers.close();
      }
    },
    60_000,
  );
});

describe('a thread that fails while files are still read', () => {
  it('is reported by results(), not as an unhandled rejection', async () => {
    const workers = new Workers(1, 0);
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const sink = workers.parser();
      // Not a string: reading it throws inside the thread.
      for (let i = 0; i < 200; i++) sink.add({ file: `biology/bad-${i}.md`, text: undefined as unknown as string });
      await sink.settled();
      // An unhandled rejection is reported once the microtasks of the failure have run.
      await new Promise(setImmediate);
      await expect(sink.results()).rejects.toThrow();
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await workers.close();
    }
  }, 60_000);
});
