import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeStore, type StoreEntry } from './write-store';

let root = '';
beforeEach(() => void (root = fs.mkdtempSync(path.join(os.tmpdir(), 'qt-write-store-'))));
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const entry = (i: number, recordKey?: string, built: number[] = []) =>
  ({
    url: `/learn/s/questions/q-${i}`,
    ...(recordKey === undefined ? {} : { recordKey }),
    record: () => (built.push(i), { url: `/learn/s/questions/q-${i}`, answerHtml: `<p>${recordKey ?? i}</p>` }),
    card: { url: `/learn/s/questions/q-${i}` },
    markdown: '',
  }) as unknown as StoreEntry;

const shard = (dir: string, n: number) =>
  zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'shards', `${n}.json.br`))).toString();

const input = (entries: Iterable<StoreEntry>) => ({
  entries,
  subjects: [],
  prerendered: [],
  latest: [],
  sitemaps: [],
  siteUrl: 'https://learn.example.org',
});

describe('writeStore', () => {
  it('when the entries fail midway, lets no shard job run on and leaves no staging folder', async () => {
    function* failing() {
      for (let i = 0; i < 40; i++) yield entry(i);
      throw new Error('render failed');
    }
    const written: number[] = [];
    const cacheDir = path.join(root, 'cache');
    await expect(
      writeStore(input(failing()), path.join(root, 'store'), {
        perShard: 2,
        cacheDir,
        onShard: (n) => written.push(n),
      }),
    ).rejects.toThrow('render failed');
    const reported = written.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(written).toHaveLength(reported);
    expect(fs.readdirSync(root).filter((name) => name !== 'cache')).toEqual([]);
  });

  it('writes a store of no articles through the shard cache, twice', async () => {
    const cacheDir = path.join(root, 'cache');
    const first = await writeStore(input([]), path.join(root, 'a'), { cacheDir });
    const second = await writeStore(input([]), path.join(root, 'b'), { cacheDir });
    // The record and card shards come from the cache; the Markdown copies' shard is compressed again.
    expect([first.shards, second.reused, second.compressed]).toEqual([1, 2, 1]);
    expect(fs.readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('builds a shard of records only when its keys changed, under the same code version', async () => {
    const cacheDir = path.join(root, 'cache');
    const write = async (name: string, keys: (string | undefined)[], recordsVersion?: string) => {
      const built: number[] = [];
      const entries = keys.map((key, i) => entry(i, key, built));
      const stats = await writeStore(input(entries), path.join(root, name), { perShard: 2, cacheDir, recordsVersion });
      return { built, stats };
    };
    expect((await write('a', ['k0', 'k1', 'k2', 'k3'], 'v1')).built).toEqual([0, 1, 2, 3]);
    const same = await write('b', ['k0', 'k1', 'k2', 'k3'], 'v1');
    expect(same.built).toEqual([]);
    expect(shard(path.join(root, 'b'), 1)).toBe(shard(path.join(root, 'a'), 1));
    // One key changed: its shard is built again, and holds the new record.
    const edited = await write('c', ['k0', 'k1', 'k2', 'k3 edited'], 'v1');
    expect(edited.built).toEqual([2, 3]);
    expect(shard(path.join(root, 'c'), 1)).toContain('k3 edited');
    expect(shard(path.join(root, 'c'), 0)).toBe(shard(path.join(root, 'a'), 0));
    // Another code version, or an entry without a key, never reads a shard cached by keys.
    expect((await write('d', ['k0', 'k1', 'k2', 'k3'], 'v2')).built).toEqual([0, 1, 2, 3]);
    expect((await write('e', ['k0', undefined, 'k2', 'k3'], 'v2')).built).toEqual([0, 1]);
    expect((await write('f', ['k0', 'k1', 'k2', 'k3'])).built).toEqual([0, 1, 2, 3]);
  });
});
