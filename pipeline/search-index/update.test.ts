import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ResultCache } from '@/pipeline/content/cache';
import type { Article, Subject } from '@/pipeline/content/types';
import { loadLive } from '@/pipeline/live';
import { buildSearchFiles, type SearchIndexOptions } from './build';
import type { IndexState } from './parts';

const { library } = await loadLive();
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'qt-search-update-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

// Cut finely, so the bundled articles make many batches, packs and shards.
const OPTIONS: SearchIndexOptions = { shards: 64, wordBuckets: 16, pack: 8, batch: 5 };
const BATCHES = Math.ceil(library.articles.filter((article) => !article.draft).length / 5);

/** The build cache's state in memory, as the ResultCache keeps it between builds. */
class MemoryState implements IndexState {
  readonly entries = new Map<string, unknown>();
  get = (key: string) => this.entries.get(key);
  set = (key: string, value: unknown) => void this.entries.set(key, value);
  save = async () => {};
}

const build = (articles: readonly Article[], state?: IndexState) =>
  buildSearchFiles(articles, library.subjects, { ...OPTIONS, ...(state ? { state } : {}) });

/** The articles in the index's document order: the n-th is document n. */
const inOrder = library.subjects.flatMap((subject) =>
  library.articles.filter((article) => article.subjectSlug === subject.slug && !article.draft),
);

function edited(changes: ReadonlyMap<number, (article: Article) => Article>): Article[] {
  return library.articles.map((article) => {
    const change = changes.get(inOrder.indexOf(article));
    return change ? change(article) : article;
  });
}

async function expectSameAsCold(articles: readonly Article[], state: IndexState) {
  const warm = await build(articles, state);
  const cold = await build(articles);
  expect(warm.manifest.version).toBe(cold.manifest.version);
  expect([...warm.files.keys()]).toEqual([...cold.files.keys()]);
  for (const [file, body] of cold.files)
    expect(Buffer.compare(warm.files.get(file) ?? new Uint8Array(), body), file).toBe(0);
  return warm.analysed;
}

const sentence = (words: string) => (article: Article) => ({
  ...article,
  answerMarkdown: `${words} ${article.answerMarkdown}`,
});

describe('updating the search index from the build cache', { timeout: 120_000 }, () => {
  it('analyses only the batches an edit changed, and writes what a build from scratch writes', async () => {
    expect(BATCHES).toBeGreaterThan(8);
    const state = new MemoryState();
    expect(await expectSameAsCold(library.articles, state)).toBe(BATCHES);
    // New words (a new term and dictionary word), a new question, other keywords, in two batches.
    const first = edited(
      new Map([
        [2, sentence('Quizzaciously zorbled.')],
        [3, (article) => ({ ...article, question: `${article.question.slice(0, -1)} today?` })],
        [11, (article) => ({ ...article, seo: { ...article.seo, keywords: ['glimmerquark'] } })],
      ]),
    );
    expect(await expectSameAsCold(first, state)).toBe(2);
    // Back again: the new words leave the dictionary and their terms the shards.
    expect(await expectSameAsCold(library.articles, state)).toBe(2);
    expect(await expectSameAsCold(library.articles, state)).toBe(0);
  });

  it('starts over when the average answer length moves, an article comes or goes, or most batches changed', async () => {
    const state = new MemoryState();
    await build(library.articles, state);
    // About a tenth more text in all: the rounded average moves, and with it every score.
    const longer = edited(new Map([[0, sentence('More words for the answer. '.repeat(1000))]]));
    expect(await expectSameAsCold(longer, state)).toBe(BATCHES);
    const fewer = longer.filter((article) => article !== longer.find((a) => a.slug === inOrder[7]?.slug));
    expect(await expectSameAsCold(fewer, state)).toBe(Math.ceil((inOrder.length - 1) / 5));
    await build(library.articles, state);
    const many = edited(new Map(Array.from({ length: BATCHES }, (_, b) => [b * 5, sentence('Also.')] as const)));
    expect(await expectSameAsCold(many, state)).toBe(BATCHES);
  });

  it('starts over when a saved file was damaged', async () => {
    const state = new MemoryState();
    await build(library.articles, state);
    const [key, body] = [...state.entries].find(([, value]) => value instanceof Uint8Array) as [string, Uint8Array];
    const damaged = Uint8Array.from(body);
    damaged[0] = (damaged[0] ?? 0) ^ 1;
    state.entries.set(key, damaged);
    expect(await expectSameAsCold(edited(new Map([[4, sentence('Plainly.')]])), state)).toBe(BATCHES);
  });

  it('keeps its state in the build cache between processes', async () => {
    const cache = () => new ResultCache<unknown>('search', '/content', 'v1', temp);
    await build(library.articles, cache());
    const file = () => path.join(temp, fs.readdirSync(temp)[0] ?? '');
    expect(await expectSameAsCold(edited(new Map([[9, sentence('Plainly.')]])), cache())).toBe(1);
    expect(fs.readdirSync(temp)).toHaveLength(1);
    // Nothing changed: nothing analysed, and the cache file keeps its bytes.
    const bytes = fs.readFileSync(file());
    expect(await expectSameAsCold(edited(new Map([[9, sentence('Plainly.')]])), cache())).toBe(0);
    expect(Buffer.compare(fs.readFileSync(file()), bytes)).toBe(0);
  });

  it('appends to the cache file only what changed, even after builds from scratch of the same files', async () => {
    const folder = path.join(temp, 'growth');
    const cache = () => new ResultCache<unknown>('search', '/content', 'v1', folder);
    const file = () => path.join(folder, fs.readdirSync(folder)[0] ?? '');
    // A subject renamed and back: the manifest changes, so each build starts from scratch, but each file and
    // dictionary it keeps is one the cache already holds.
    const renamed = (n: number): Subject[] =>
      library.subjects.map((s, i) => (i === 0 ? { ...s, name: `${s.name}${n % 2 ? ' (renamed)' : ''}` } : s));
    await buildSearchFiles(library.articles, renamed(0), { ...OPTIONS, state: cache() });
    const first = fs.statSync(file()).size;
    for (let n = 1; n <= 6; n++) {
      const { analysed } = await buildSearchFiles(library.articles, renamed(n), { ...OPTIONS, state: cache() });
      expect(analysed).toBe(BATCHES);
    }
    expect(fs.statSync(file()).size).toBeLessThan(1.2 * first);
  });

  it('keeps the entries it read, where an update made the same content again', async () => {
    const entries = new Map<string, unknown>();
    const copies: string[] = [];
    const state: IndexState = {
      get: (key) => entries.get(key),
      set: (key, value) => {
        const held = entries.get(key);
        if (held !== undefined && held !== value && key !== 'index') copies.push(key);
        entries.set(key, value);
      },
      save: async () => {},
    };
    await build(library.articles, state);
    copies.length = 0;
    // A new dictionary word: the English buckets are encoded again, byte for byte as they were.
    expect((await build(edited(new Map([[6, sentence('Zorblaxity.')]])), state)).analysed).toBe(1);
    expect(copies).toEqual([]);
  });

  it('tells apart batches whose documents split the same text differently', async () => {
    // Text moved from the start of document 1's answer to the end of document 0's (both in batch 0).
    const [zero, one] = [inOrder[0] as Article, inOrder[1] as Article];
    const head = JSON.stringify([one.slug, one.question, one.seo.keywords]);
    const before = edited(new Map([[1, () => ({ ...one, answerMarkdown: `Zorblax.${head}\0${one.answerMarkdown}` })]]));
    const after = edited(
      new Map([
        [0, () => ({ ...zero, answerMarkdown: `${zero.answerMarkdown}${head}\0Zorblax.` })],
        [1, () => one],
      ]),
    );
    const state = new MemoryState();
    await build(before, state);
    expect(await expectSameAsCold(after, state)).toBe(1);
  });
});
