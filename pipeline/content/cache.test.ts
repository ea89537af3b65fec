import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '@/tools/bench/corpus';
import { codeVersion, dirKey, gzipInSlices, ResultCache } from './cache';
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

  it("removes the earlier releases' mtime-keyed file of the same folder, and no other folder's", async () => {
    const earlier = path.join(folder, `${dirKey('/third')}-0123456789abcdef.bin`);
    const another = path.join(folder, `${dirKey('/fourth')}-0123456789abcdef.bin`);
    fs.writeFileSync(earlier, 'old');
    fs.writeFileSync(another, 'old');
    const cache = new ResultCache<string>('parse', '/third', 'v1', folder);
    cache.set('a', 'A');
    await cache.save();
    expect([fs.existsSync(earlier), fs.existsSync(another)]).toEqual([false, true]);
  });

  it('keeps only what the last run used', async () => {
    const run = new ResultCache<string>('render', '/other', 'v1', folder);
    run.set('kept', '1');
    run.set('dropped', '2');
    await run.save();
    const later = new ResultCache<string>('render', '/other', 'v1', folder);
    expect(later.get('kept')).toBe('1');
    await later.save();
    const last = new ResultCache<string>('render', '/other', 'v1', folder);
    expect([last.get('kept'), last.get('dropped')]).toEqual(['1', undefined]);
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
  });
});

describe('gzipInSlices', () => {
  it('writes members that gunzip reads back as the one buffer, in order', async () => {
    const bytes = Buffer.from('the parse cache, compressed slice by slice on several threads at once');
    const out = await gzipInSlices(bytes, 7);
    expect(out.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(out.indexOf(Buffer.from([0x1f, 0x8b, 8]), 3)).toBeGreaterThan(0);
    expect(zlib.gunzipSync(out)).toEqual(bytes);
    expect(zlib.gunzipSync(await gzipInSlices(Buffer.alloc(0)))).toEqual(Buffer.alloc(0));
  });
});
