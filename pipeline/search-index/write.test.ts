import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '@/pipeline/live';
import type { Article } from '@/pipeline/content/types';
import { forEachPosting } from '@/lib/search/postings';
import { decodeShard } from '@/lib/search/shard';
import { buildSearchFiles } from './build';
import { writeSearchIndex } from './write';

const library = await loadLibrary();
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'qt-search-write-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** Every file under a folder with its bytes, by path relative to it. */
function tree(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(folder, file), fs.readFileSync(file).toString('base64'));
    }
  return files;
}

// Cut about as finely as a large library is, so that one article's words are a small part of the files.
const OPTIONS = { shards: 512, wordBuckets: 32, pack: 8 };

describe('updating the search index after an edit', { timeout: 120_000 }, () => {
  it("rewrites only the files one article's edit changed, and ends byte for byte as a cold build", async () => {
    const edited = library.articles.map((article: Article, i) =>
      i === 5
        ? { ...article, answerMarkdown: `One more sentence from the writer. ${article.answerMarkdown}` }
        : article,
    );
    const after = { articles: edited, subjects: library.subjects };
    const warm = path.join(temp, 'warm');
    const cold = path.join(temp, 'cold');
    const first = await writeSearchIndex(warm, library, undefined, OPTIONS);
    expect(first.written).toBe(first.files);
    const before = tree(warm);
    const update = await writeSearchIndex(warm, after, undefined, OPTIONS);
    await writeSearchIndex(cold, after, undefined, OPTIONS);
    expect(tree(warm)).toEqual(tree(cold));
    // Exactly the files whose bytes differ between the two cold builds: a few shards, one pack, the manifest.
    const changed = [...tree(cold)].filter(([file, body]) => {
      const old = file.replace(/^[0-9a-f]{12}\//, `${first.version}/`);
      return before.get(old) !== body;
    });
    expect(update.written).toBe(changed.length);
    expect(update.written).toBeLessThan(first.files / 20);
    // Unchanged files keep their bytes under the new version's folder; nothing of the old version is left.
    const versionOf = (files: Map<string, string>) =>
      JSON.parse(Buffer.from(files.get('manifest.json') ?? '', 'base64').toString()).version as string;
    const [oldVersion, newVersion] = [versionOf(before), versionOf(tree(warm))];
    const kept = [...tree(warm)].filter(([file, body]) => before.get(file.replace(newVersion, oldVersion)) === body);
    expect(kept.length).toBe(update.files - update.written);
    expect(update.removed).toBe(0);
  });

  it('starts over from a folder holding something else', async () => {
    const folder = path.join(temp, 'stray');
    fs.mkdirSync(path.join(folder, 'junk'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'junk', 'x.bin'), 'x');
    fs.writeFileSync(path.join(folder, 'manifest.json'), '{"version":"../../etc"}');
    const figures = await writeSearchIndex(folder, library, undefined, OPTIONS);
    expect(figures.written).toBe(figures.files);
    expect(fs.existsSync(path.join(folder, 'junk'))).toBe(false);
  });
});

describe('scores after an edit', { timeout: 120_000 }, () => {
  it("leave every other article's postings as they were (the average length is rounded)", async () => {
    const postingsOf = async (articles: Article[]) => {
      const { files } = await buildSearchFiles(articles, library.subjects, OPTIONS);
      const all = new Map<string, number>();
      for (const [file, body] of files) {
        if (!file.includes('/t/')) continue;
        const { bytes, terms } = decodeShard(body);
        for (const [term, entry] of terms)
          forEachPosting(bytes, (doc, score) => all.set(`${doc}:${term}`, score), entry.start, entry.end);
      }
      return all;
    };
    // A long addition moves the library's average answer length by about 0.3%. Documents are numbered subject by
    // subject, so the first subject's first article is document 0.
    const target = library.articles.findIndex((article) => article.subjectSlug === library.subjects[0]?.slug);
    const longer = library.articles.map((article, i) =>
      i === target
        ? { ...article, answerMarkdown: `${article.answerMarkdown}\n\n${'More words for the answer. '.repeat(30)}` }
        : article,
    );
    const [before, after] = await Promise.all([postingsOf(library.articles), postingsOf(longer)]);
    const others = (all: Map<string, number>) => [...all].filter(([key]) => !key.startsWith('0:'));
    expect(others(after)).toEqual(others(before));
  });
});
