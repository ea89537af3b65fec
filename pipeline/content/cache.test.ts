import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '@/tools/bench/corpus';
import { codeVersion, dirKey, ResultCache } from './cache';
import { readCacheFile } from './cache-file';
import { openStoreAt } from '@/lib/store/read';
import { compileStore, shardCacheDir } from '../compile/store';
import { scanContent } from '../scan';
import { forgetContent } from './files';
import { libraryOf } from './library';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

describe('the parse cache key', () => {
  it('changes with any rule or dependency change, and ignores tests and fixtures', () => {
    write('package-lock.json', '{"zod":"4.6.7"}');
    write('lib/text/slug.ts', 'export const SLUG = 1;');
    write('pipeline/check/rules.ts', 'export const MAX = 160;');
    write('pipeline/check/rules.test.ts', 'test');
    write('pipeline/content/__fixtures__/a.md', 'fixture');
    const first = codeVersion(root);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    write('pipeline/check/rules.test.ts', 'another test');
    write('pipeline/content/__fixtures__/a.md', 'another fixture');
    expect(codeVersion(root)).toBe(first);
    write('pipeline/check/rules.ts', 'export const MAX = 150;');
    const second = codeVersion(root);
    expect(second).not.toBe(first);
    write('package-lock.json', '{"zod":"4.6.8"}');
    expect(codeVersion(root)).not.toBe(second);
  });

  it('turns the cache off where the code is not there (a deployed server)', () => {
    expect(codeVersion(path.join(root, 'missing'))).toBeNull();
  });
});

describe('the result cache', () => {
  const folder = path.join(root, 'results');

  it('misses every entry under another code version, and then drops the old version', async () => {
    const first = new ResultCache<string>('parse', '/content', 'v1', folder);
    first.set('a', 'A');
    await first.save();
    expect(new ResultCache<string>('parse', '/content', 'v1', folder).get('a')).toBe('A');
    const next = new ResultCache<string>('parse', '/content', 'v2', folder);
    expect(next.get('a')).toBeUndefined();
    next.set('b', 'B');
    await next.save();
    expect(fs.readdirSync(folder)).toEqual([path.basename(next.file ?? '')]);
  });

  it.each([
    ["the earlier releases' mtime-keyed file", '', '/third', '/fourth'],
    ['the retired render cache', 'render-', '/fifth', '/sixth'],
  ])("removes %s of the same folder, and no other folder's", async (_, kind, own, other) => {
    const earlier = path.join(folder, `${kind}${dirKey(own)}-0123456789abcdef.bin`);
    const another = path.join(folder, `${kind}${dirKey(other)}-0123456789abcdef.bin`);
    fs.writeFileSync(earlier, 'old');
    fs.writeFileSync(another, 'old');
    const cache = new ResultCache<string>('parse', own, 'v1', folder);
    cache.set('a', 'A');
    await cache.save();
    expect([fs.existsSync(earlier), fs.existsSync(another)]).toEqual([false, true]);
  });

  it('keeps only what the last run used', async () => {
    const run = new ResultCache<string>('search', '/other', 'v1', folder);
    run.set('kept', '1');
    run.set('dropped', '2');
    await run.save();
    const later = new ResultCache<string>('search', '/other', 'v1', folder);
    expect(later.get('kept')).toBe('1');
    await later.save();
    const last = new ResultCache<string>('search', '/other', 'v1', folder);
    expect([last.get('kept'), last.get('dropped')]).toEqual(['1', undefined]);
  });

  it('appends what a build added while little of the file is stale, and rewrites it past that', async () => {
    const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
    const first = new ResultCache<string>('parse', '/appends', 'v1', folder);
    for (const key of keys) first.set(key, key.toUpperCase());
    await first.save();
    const file = first.file ?? '';
    const written = fs.readFileSync(file);

    // One article edited: 99 entries used again, one new; the old one is 1% of the file.
    const edit = new ResultCache<string>('parse', '/appends', 'v1', folder);
    for (const key of keys.slice(1)) edit.get(key);
    edit.set('new', 'NEW');
    await edit.save();
    const appended = fs.readFileSync(file);
    expect(appended.length).toBeGreaterThan(written.length);
    expect(appended.subarray(0, written.length).equals(written)).toBe(true);
    const read = new ResultCache<string>('parse', '/appends', 'v1', folder);
    expect([read.get('new'), read.get('k50')]).toEqual(['NEW', 'K50']);

    // Half of the file unused: rewritten with only what this run used.
    const half = new ResultCache<string>('parse', '/appends', 'v1', folder);
    for (const key of keys.slice(50)) half.get(key);
    await half.save();
    expect(fs.statSync(file).size).toBeLessThan(written.length);
    const after = new ResultCache<string>('parse', '/appends', 'v1', folder);
    expect([after.get('k10'), after.get('k60'), after.get('new')]).toEqual([undefined, 'K60', undefined]);
  });

  it('reads the whole frames of a file torn while appending, and rewrites it on the next save', async () => {
    const first = new ResultCache<string>('parse', '/torn', 'v1', folder);
    first.set('a', 'A');
    await first.save();
    const file = first.file ?? '';
    fs.appendFileSync(file, Buffer.from([0, 0, 1, 0, 0x1f, 0x8b]));
    const next = new ResultCache<string>('parse', '/torn', 'v1', folder);
    expect(next.get('a')).toBe('A');
    next.set('b', 'B');
    await next.save();
    const last = new ResultCache<string>('parse', '/torn', 'v1', folder);
    expect([last.get('a'), last.get('b')]).toEqual(['A', 'B']);
  });

  it('never reads a frame with a changed byte, though brotli would decode some of them', async () => {
    const first = new ResultCache<string>('parse', '/flipped', 'v1', folder);
    first.set('a', 'A');
    await first.save();
    const second = new ResultCache<string>('parse', '/flipped', 'v1', folder);
    second.get('a');
    second.set('b', 'the value of b');
    await second.save();
    const file = first.file ?? '';
    const original = fs.readFileSync(file);
    const secondAt = original.length - original.readUInt32BE(original.readUInt32BE(0) + 8) - 8;
    expect(secondAt).toBe(original.readUInt32BE(0) + 8);
    // Each byte of the second frame's body in turn: the first frame stays readable, the second never reads wrong.
    for (let at = secondAt + 8; at < original.length; at++) {
      const bytes = Buffer.from(original);
      bytes[at] = (bytes[at] ?? 0) ^ 0x20;
      fs.writeFileSync(file, bytes);
      const read = new ResultCache<string>('parse', '/flipped', 'v1', folder);
      expect([read.get('a'), read.get('b')], `byte ${at}`).toEqual(['A', undefined]);
    }
  });

  it('rewrites a file another process replaced since it was read, instead of appending to it', async () => {
    const first = new ResultCache<string>('parse', '/raced', 'v1', folder);
    for (let i = 0; i < 40; i++) first.set(`k${i}`, 'x');
    await first.save();
    const mine = new ResultCache<string>('parse', '/raced', 'v1', folder);
    for (let i = 0; i < 40; i++) mine.get(`k${i}`);
    const other = new ResultCache<string>('parse', '/raced', 'v1', folder);
    other.set('theirs', 'T');
    await other.save();
    mine.set('mine', 'M');
    await mine.save();
    const read = new ResultCache<string>('parse', '/raced', 'v1', folder);
    expect([read.get('mine'), read.get('k3'), read.get('theirs')]).toEqual(['M', 'x', undefined]);
  });
});

describe('a scan', () => {
  it('returns once the parse cache it wrote can be read', async () => {
    const content = path.join(root, 'scanned');
    const saved = path.join(root, 'scanned-cache');
    writeCorpus(content, 5);
    forgetContent();
    const scan = await scanContent({ dir: content, threads: 0, cache: saved });
    const [file] = fs.readdirSync(saved);
    expect(scan.parsed).toBe(5);
    expect(fs.readdirSync(saved)).toEqual([expect.stringMatching(/^parse-\w+-\w+\.bin$/)]);
    expect(readCacheFile(path.join(saved, file ?? '')).entries).toHaveLength(5);
  });
});

describe('a changed rule or renderer', () => {
  it('reparses and rerenders every article', async () => {
    const project = path.join(root, 'project');
    const content = path.join(project, 'content');
    writeCorpus(content, 12);
    fs.mkdirSync(path.join(project, 'lib'), { recursive: true });
    fs.mkdirSync(path.join(project, 'pipeline'), { recursive: true });
    fs.writeFileSync(path.join(project, 'package-lock.json'), '{}');
    fs.writeFileSync(path.join(project, 'pipeline', 'rule.ts'), 'export const MAX = 160;');
    const cwd = process.cwd();
    process.chdir(project);
    try {
      const build = async () => {
        forgetContent();
        const scan = await scanContent({ dir: content, threads: 0 });
        const store = await compileStore(libraryOf(scan.articles, { drafts: false }), {
          dir: content,
          out: path.join(project, 'store'),
          siteUrl: 'https://learn.example.org',
          prerenderLimit: 10,
          threads: 0,
        });
        return [scan.parsed, store.rendered];
      };
      expect(await build()).toEqual([12, 12]);
      expect(await build()).toEqual([0, 0]);
      fs.writeFileSync(path.join(project, 'pipeline', 'rule.ts'), 'export const MAX = 150;');
      expect(await build()).toEqual([12, 12]);
    } finally {
      process.chdir(cwd);
      forgetContent();
    }
  }, 60_000);
});

describe('an edit after the cached shards were damaged', () => {
  it('renders every answer of the edited shard again, since they cannot be read back', async () => {
    const content = path.join(root, 'damaged-content');
    writeCorpus(content, 4);
    const cache = path.join(root, 'damaged-cache', 'content');
    const build = async (out: string) => {
      forgetContent();
      const scan = await scanContent({ dir: content, threads: 0, cache: false });
      const library = libraryOf(scan.articles, { drafts: false });
      const options = { dir: content, cache, siteUrl: 'https://learn.example.org', prerenderLimit: 1, threads: 0 };
      return { library, stats: await compileStore(library, { ...options, out: path.join(root, out) }) };
    };
    const edit = (n: number) => {
      const subject = fs.readdirSync(content).find((name) => !name.startsWith('.')) as string;
      const file = path.join(content, subject, fs.readdirSync(path.join(content, subject))[0] as string);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('answer: >-\n    ', `answer: >-\n    Edit ${n}. `));
    };
    expect((await build('damaged-1')).stats.rendered).toBe(4);
    edit(1);
    // One shard of four articles: the edited answer is rendered, the other three are read back.
    expect((await build('damaged-2')).stats.rendered).toBe(1);
    for (const name of fs.readdirSync(shardCacheDir(content, cache))) {
      const file = path.join(shardCacheDir(content, cache), name);
      const bytes = fs.readFileSync(file);
      bytes[0] = (bytes[0] ?? 0) ^ 0xff;
      fs.writeFileSync(file, bytes);
    }
    edit(2);
    const { library, stats } = await build('damaged-3');
    expect(stats.rendered).toBe(4);
    const store = openStoreAt(path.join(root, 'damaged-3'));
    for (const article of library.articles) expect(store.read(article.url)?.answerHtml).toContain('<p>');
    expect(
      store.read(library.articles.find((a) => a.answerMarkdown.startsWith('Edit 2'))?.url ?? '')?.answerHtml,
    ).toContain('Edit 2');
  });
});

describe('a build with CONTENT_CACHE=0 between two others', () => {
  it('leaves the shards cached by their keys to the next build', async () => {
    const content = path.join(root, 'off-content');
    writeCorpus(content, 4);
    const cache = path.join(root, 'off-cache', 'content');
    const build = async () => {
      forgetContent();
      const scan = await scanContent({ dir: content, threads: 0, cache: false });
      const library = libraryOf(scan.articles, { drafts: false });
      const out = path.join(root, 'off-store');
      return compileStore(library, {
        dir: content,
        out,
        cache,
        siteUrl: 'https://learn.example.org',
        prerenderLimit: 1,
        threads: 0,
      });
    };
    expect((await build()).rendered).toBe(4);
    const before = process.env.CONTENT_CACHE;
    process.env.CONTENT_CACHE = '0';
    try {
      expect((await build()).rendered).toBe(4);
    } finally {
      if (before === undefined) delete process.env.CONTENT_CACHE;
      else process.env.CONTENT_CACHE = before;
    }
    const after = await build();
    expect([after.rendered, after.compressed, after.reused]).toEqual([0, 0, 3]);
  });
});

describe('a cached shard cut short (two builds writing one cache folder, a full disk)', () => {
  it('is compressed again, never copied into the store', async () => {
    const content = path.join(root, 'cut-content');
    writeCorpus(content, 4);
    const cache = path.join(root, 'cut-cache', 'content');
    const library = libraryOf((await scanContent({ dir: content, threads: 0, cache: false })).articles, {
      drafts: false,
    });
    const build = (out: string) =>
      compileStore(library, { dir: content, out, cache, siteUrl: 'https://learn.example.org', prerenderLimit: 1 });
    await build(path.join(root, 'cut-store-1'));
    const shards = shardCacheDir(content, cache);
    for (const name of fs.readdirSync(shards)) {
      const file = path.join(shards, name);
      fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 8));
    }
    await build(path.join(root, 'cut-store-2'));
    const url = library.articles[0]?.url ?? '';
    expect(openStoreAt(path.join(root, 'cut-store-2')).read(url)?.url).toBe(url);
    // The same length with one byte changed: a torn write over an older file.
    for (const name of fs.readdirSync(shards)) {
      const file = path.join(shards, name);
      const bytes = fs.readFileSync(file);
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
      fs.writeFileSync(file, bytes);
    }
    const stats = await build(path.join(root, 'cut-store-3'));
    expect(stats.reused).toBe(0);
    expect(openStoreAt(path.join(root, 'cut-store-3')).read(url)?.url).toBe(url);
    // Then every kind is reused: the one shard of records, of cards and of copies.
    const again = await build(path.join(root, 'cut-store-4'));
    expect([again.reused, again.compressed]).toEqual([3, 0]);
  });
});
